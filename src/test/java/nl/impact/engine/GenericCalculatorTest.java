package nl.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.model.EffectResult;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;
import nl.impact.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kernaanpak written only in the scenario (calculator {@code formules}): formulas, CUMULATIVE,
 * a band, a correction factor, an effect recurring two years, and cost shifted to another domain.
 * Expected values are computed by hand from scenarios/voorbeeldregio-valpreventie.yaml.
 */
class GenericCalculatorTest {

    private static final Path EXAMPLE = Path.of("scenarios/voorbeeldregio-valpreventie.yaml");
    private final CalculatorRegistry calculators = CalculatorRegistry.load();

    @TempDir
    Path dir;

    private RunResult run(Path file) throws Exception {
        return new Engine(calculators).run(new ScenarioReader(calculators).read(file));
    }

    @Test
    void formulasComputeQuantitiesPerYear() throws Exception {
        KernaanpakResult result = run(EXAMPLE).kernaanpakken().get(0);
        Map<String, YearSeries> expected = result.values().expected();
        // 40,000 inhabitants aged 65+ x 1%, 2%, 3%
        assertThat(expected.get("deelnemers").at(2026)).isEqualByComparingTo("400");
        assertThat(expected.get("deelnemers").at(2028)).isEqualByComparingTo("1200");
        assertThat(expected.get("deelnemersCumulatief").at(2028)).isEqualByComparingTo("2400");
        // participants x 0.3 at risk x 0.2 avoided (min 0.1, max 0.3)
        assertThat(expected.get("vallenVoorkomen").at(2027)).isEqualByComparingTo("48");
        assertThat(result.values().min().get("vallenVoorkomen").at(2027)).isEqualByComparingTo("24");
        assertThat(result.values().max().get("vallenVoorkomen").at(2027)).isEqualByComparingTo("72");
    }

    @Test
    void recurringEffectWithCorrectionSpreadsOverTwoYears() throws Exception {
        YearSeries zvw = effect(run(EXAMPLE), "Minder SEH-bezoeken en opnames", "Zvw").get(Variant.EXPECTED);
        // each cohort: avoided falls x 5,000 x 0.9, in its start year and the next
        BigDecimal c2026 = new BigDecimal(24 * 4500);
        BigDecimal c2027 = new BigDecimal(48 * 4500);
        BigDecimal c2028 = new BigDecimal(72 * 4500);
        assertThat(zvw.at(2026)).isEqualByComparingTo(c2026);
        assertThat(zvw.at(2027)).isEqualByComparingTo(c2026.add(c2027));
        assertThat(zvw.at(2028)).isEqualByComparingTo(c2027.add(c2028));
        assertThat(zvw.at(2029)).isEqualByComparingTo(c2028);
        assertThat(zvw.at(2030)).isZero();
    }

    @Test
    void costShiftedToAnotherDomainIsNegativeThere() throws Exception {
        RunResult result = run(EXAMPLE);
        YearSeries wmo = effect(result, "Minder SEH-bezoeken en opnames", "Wmo").get(Variant.EXPECTED);
        assertThat(wmo.at(2026)).isEqualByComparingTo(new BigDecimal(24 * -450));
        assertThat(wmo.total()).isEqualByComparingTo(new BigDecimal(2 * (24 + 48 + 72) * -450));
        EffectResult shifted = result.effects().filter(e -> e.domain().equals("Wmo")).findFirst().orElseThrow();
        assertThat(shifted.financier()).isEqualTo("gemeente");
    }

    @Test
    void effectsAfterTheLastEffectYearAreNotCounted() throws Exception {
        Path file = dir.resolve("short.yaml");
        Files.writeString(file, Files.readString(EXAMPLE).replace("effectsUntil: 2030", "effectsUntil: 2028"));
        YearSeries zvw = effect(run(file), "Minder SEH-bezoeken en opnames", "Zvw").get(Variant.EXPECTED);
        assertThat(zvw.values().keySet()).containsExactly(2026, 2027, 2028);
        assertThat(zvw.total()).isEqualByComparingTo(new BigDecimal((24 + 24 + 48 + 48 + 72) * 4500));
    }

    @Test
    void nextYearTimingStartsOneYearAfterTheCase() throws Exception {
        Path file = dir.resolve("next.yaml");
        Files.writeString(file, Files.readString(EXAMPLE).replace("timing: direct", "timing: next-year"));
        YearSeries wmo = effect(run(file), "Beweegaanbod", "Wmo").get(Variant.EXPECTED);
        assertThat(wmo.at(2026)).isZero();
        assertThat(wmo.at(2027)).isEqualByComparingTo("-60000");
        assertThat(wmo.at(2029)).isEqualByComparingTo("-180000");
    }

    private static nl.impact.model.Band<YearSeries> effect(RunResult result, String name, String domain) {
        return result.effects().filter(e -> e.effect().equals(name) && e.domain().equals(domain))
                .findFirst().orElseThrow().values();
    }
}
