package nl.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import nl.impact.calc.plan.Flow;
import nl.impact.model.EffectResult;
import nl.impact.model.Variant;
import org.junit.jupiter.api.Test;

/**
 * The plan evaluated again with names and flows replaced in some years (the monitor's forecast and
 * stop), on src/test/resources/milestones/two-kernaanpakken.yaml: a: 10 clients a year at Zvw 1,000
 * each, line la 6,000 a year; b: 4 households at Wmo 500, line lb 2,000 a year.
 */
class AdjustmentsTest {

    private static final Path SCENARIO = Path.of("src/test/resources/milestones/two-kernaanpakken.yaml");

    @Test
    void aReplacedNameChangesWhatFollowsFromItInThatYearOnly() throws Exception {
        RunResult plan = Computation.of(SCENARIO);
        int a = plan.plan().kernaanpak(0).index();
        RunResult adjusted = Engine.evaluate(plan, Adjustments.of(plan.plan()).name(a, "clienten", 2026,
                BigDecimal.valueOf(7)).build());
        // 2026: 7 clients at 1,000; 2025 and 2027 keep the plan's 10.
        assertThat(benefits(adjusted, "a", 2025)).isEqualByComparingTo("10000");
        assertThat(benefits(adjusted, "a", 2026)).isEqualByComparingTo("7000");
        assertThat(benefits(adjusted, "a", 2027)).isEqualByComparingTo("10000");
        assertThat(benefits(adjusted, "b", 2026)).isEqualByComparingTo("2000");
        assertThat(investments(adjusted, "la", 2026)).isEqualByComparingTo("6000");
    }

    @Test
    void aReplacedFlowChangesThatFlowInThatYear() throws Exception {
        RunResult plan = Computation.of(SCENARIO);
        Flow la = plan.plan().line(0).get(0);
        Flow effectOfB = plan.plan().flows().stream().filter(f -> f.kernaanpak().equals("b")
                && f.kind() == Flow.Kind.BENEFIT).findFirst().orElseThrow();
        RunResult adjusted = Engine.evaluate(plan, Adjustments.of(plan.plan()).flow(la, 2027, BigDecimal.ZERO)
                .flow(effectOfB, 2025, BigDecimal.valueOf(1234)).build());
        assertThat(investments(adjusted, "la", 2026)).isEqualByComparingTo("6000");
        assertThat(investments(adjusted, "la", 2027)).isEqualByComparingTo("0");
        assertThat(adjusted.budget().get(0).total().get(Variant.EXPECTED).at(2027)).isEqualByComparingTo("0");
        assertThat(benefits(adjusted, "b", 2025)).isEqualByComparingTo("1234");
        assertThat(benefits(adjusted, "b", 2026)).isEqualByComparingTo("2000");
    }

    @Test
    void noAdjustmentIsThePlan() throws Exception {
        RunResult plan = Computation.of(SCENARIO);
        RunResult again = Engine.evaluate(plan, Adjustments.of(plan.plan()).build());
        for (int year = 2025; year <= 2027; year++) {
            assertThat(benefits(again, "a", year)).isEqualByComparingTo(benefits(plan, "a", year));
            assertThat(investments(again, "lb", year)).isEqualByComparingTo(investments(plan, "lb", year));
        }
    }

    private static BigDecimal benefits(RunResult result, String kernaanpak, int year) {
        return result.effects().filter(e -> e.kernaanpak().equals(kernaanpak))
                .map(EffectResult::values).map(v -> v.get(Variant.EXPECTED).at(year))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal investments(RunResult result, String line, int year) {
        return result.investments().filter(i -> i.line().equals(line))
                .map(i -> i.values().get(Variant.EXPECTED).at(year)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
