package nl.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.model.Scenario;
import nl.impact.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * The compiled double-precision plan, which computes national area tables, gives the exact
 * engine's cents on the area example: every area's and gemeente's value, and every total effect.
 */
class AreaCompiledAgreementTest {

    @Test
    void compiledAndExactAgreeToTheCentOnTheAreaExample() throws Exception {
        CalculatorRegistry calculators = CalculatorRegistry.load();
        Scenario scenario = new ScenarioReader(calculators).read(Path.of("scenarios/pluswijken-wijken.yaml"));
        RunResult exact = new AreaEngine(calculators, Integer.MAX_VALUE).run(scenario);
        RunResult compiled = new AreaEngine(calculators, 0).run(scenario);
        assertThat(cents(compiled)).isEqualTo(cents(exact));
        // Not zero everywhere: the example has benefits and investments in its areas.
        assertThat(cents(exact)).anyMatch(c -> c.signum() > 0);
    }

    private static List<BigDecimal> cents(RunResult result) {
        List<BigDecimal> out = new ArrayList<>();
        for (List<AreaFlow> flows : List.of(result.areas().areas(), result.areas().gemeenten())) {
            for (AreaFlow flow : flows) {
                for (int i = 0; i < flow.size(); i++) {
                    out.add(flow.value(i).setScale(2, RoundingMode.HALF_UP));
                }
            }
        }
        result.effects().forEach(e -> e.values().expected().values().values()
                .forEach(v -> out.add(v.setScale(2, RoundingMode.HALF_UP))));
        result.quantities().forEach(q -> q.values().max().values().values()
                .forEach(v -> out.add(v.setScale(2, RoundingMode.HALF_UP))));
        return out;
    }
}
