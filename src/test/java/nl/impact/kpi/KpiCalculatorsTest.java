package nl.impact.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.testing.Cli;
import nl.impact.testing.ConstantKpiCalculator;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each built-in KPI calculator against a hand computation or the plan's own figures, read from kpis.csv. */
class KpiCalculatorsTest {

    @TempDir
    Path dir;

    @Test
    void zvwCostReductionIsTheRunningSumOfTheZvwEffectsInEffectsCsv() throws IOException {
        Path out = run(Path.of("scenarios/pluswijken.yaml"));
        Csv effects = Csv.read(out.resolve("effects.csv"));
        Csv kpis = Csv.read(out.resolve("kpis.csv"));
        for (String variant : new String[] {"min", "expected", "max"}) {
            BigDecimal cumulative = BigDecimal.ZERO;
            int rows = 0;
            for (int year = 2025; year <= 2029; year++) {
                Map<String, String> zvw = Map.of("domain", "Zvw", "year", Integer.toString(year));
                cumulative = cumulative.add(effects.sum(variant, zvw));
                rows += effects.where(zvw).size();
                String column = variant.equals("expected") ? "expected" : "expected_" + variant;
                // Each CSV cell is rounded to the cent on its own; the KPI is rounded once, from exact values.
                assertThat(new BigDecimal(row(kpis, "kpi-5-zvw-kosten", year).get(column))).as("%s %d", variant, year)
                        .isCloseTo(cumulative, within(new BigDecimal("0.005").multiply(BigDecimal.valueOf(rows + 1))));
            }
        }
        // By hand for 2025 (expected): Doorbraakmethode 250 x 179, Kernteam ouderen 739.2 x (300 + 600 + 80),
        // PlusPraktijken 762,383 + 169,575 + 132,358, Welzijn op Recept 675 x (271 + 132).
        BigDecimal byHand = new BigDecimal("44750").add(new BigDecimal("724416")).add(new BigDecimal("1064316"))
                .add(new BigDecimal("272025"));
        assertThat(new BigDecimal(row(kpis, "kpi-5-zvw-kosten", 2025).get("expected"))).isEqualByComparingTo(byHand);
    }

    @Test
    void domainCostReductionPerYearAndLimitedToKernaanpakken() throws IOException {
        Csv kpis = kpis("""
                kpis:
                  zvw:
                    deelopgave: test
                    unit: euro
                    accumulation: per-year
                    direction: higher-is-better
                    target: {value: 200000, year: 2026, source: test}
                    band:
                      2025: {min: 0, max: 1, source: test}
                      2026: {min: 0, max: 1, source: test}
                      2027: {min: 0, max: 1, source: test}
                    calculator: domain-cost-reduction
                    domain: Zvw
                  wmo-cumulative:
                    deelopgave: test
                    unit: euro
                    accumulation: cumulative
                    direction: higher-is-better
                    target: {value: 150000, year: 2027, source: test}
                    band:
                      2027: {min: 0, max: 1, source: test}
                    calculator: domain-cost-reduction
                    domain: Wmo
                    kernaanpakken: [k]
                """);
        assertThat(expected(kpis, "zvw", 2025)).isEqualByComparingTo("100000");
        assertThat(expected(kpis, "zvw", 2026)).isEqualByComparingTo("200000");
        assertThat(expected(kpis, "zvw", 2027)).isEqualByComparingTo("0");
        assertThat(expected(kpis, "wmo-cumulative", 2027)).isEqualByComparingTo("150000");
    }

    @Test
    void labourCapacityConvertsEurosAndHoursToPersons() throws IOException {
        // 2025: 100,000 Zvw euros x 0.6 / 60,000 = 1 FTE; 1,500 hours / 1,500 = 1 FTE; 2 FTE / 0.8 = 2.5 persons.
        // 2026: twice as much, 5 persons; 2027: nothing. Cumulative: 2.5, 7.5, 7.5.
        Csv kpis = kpis("""
                kpis:
                  labour:
                    deelopgave: test
                    unit: persons
                    accumulation: cumulative
                    direction: higher-is-better
                    target: {value: 7.5, year: 2027, source: test}
                    band:
                      2025: {min: 0, max: 2, source: test}
                      2026: {min: 5, max: 10, source: test}
                      2027: {min: 8, max: 10, source: test}
                    calculator: labour-capacity
                    effects: [k/saving]
                    domains: [Zvw]
                    labourShare: {min: 0.3, max: 0.9, source: test}
                    euroPerFte: {value: 60000, source: test}
                    quantities: [k/hours]
                    hoursPerFte: {value: 1500, source: test}
                    ftePerPerson: {value: 0.8, source: test}
                """);
        assertThat(expected(kpis, "labour", 2025)).isEqualByComparingTo("2.5");
        assertThat(expected(kpis, "labour", 2026)).isEqualByComparingTo("7.5");
        assertThat(expected(kpis, "labour", 2027)).isEqualByComparingTo("7.5");
        // The expected labour share is the middle of 0.3 and 0.9; min takes 0.3: (0.5 + 1) / 0.8 in 2025.
        assertThat(new BigDecimal(row(kpis, "labour", 2025).get("expected_min"))).isEqualByComparingTo("1.88");
        assertThat(row(kpis, "labour", 2025).get("position")).isEqualTo("above");
        assertThat(row(kpis, "labour", 2026).get("position")).isEqualTo("within");
        assertThat(row(kpis, "labour", 2027).get("position")).isEqualTo("below");
    }

    @Test
    void labourCapacityWithoutEffectsOrQuantitiesOrWithAnUnknownEffectIsRefused() throws IOException {
        String kpi = """
                kpis:
                  labour:
                    deelopgave: test
                    unit: persons
                    accumulation: per-year
                    direction: higher-is-better
                    target: {value: 1, year: 2027, source: test}
                    calculator: labour-capacity
                    ftePerPerson: {value: 0.8, source: test}
                """;
        assertThat(invalid(kpi)).contains("kpis.labour: give 'effects' (euros), 'quantities' (hours), 'capacity' "
                + "(effects in uur, fte or personen) or several: without them no capacity is freed");
        assertThat(invalid(kpi + "    effects: [k/savings]\n    labourShare: {value: 0.5, source: test}\n"
                + "    euroPerFte: {value: 60000, source: test}\n"))
                .contains("kpis.labour.effects: 'k/savings' matches no effect of the kernaanpakken");
    }

    @Test
    void aKpiParameterGivenOnlyForThePlanYearsIsRefusedWhereTheKpiNeedsMore() throws IOException {
        // KPIs run to years.effectsUntil (2027 here), past the last plan year (2026).
        assertThat(invalid("""
                kpis:
                  labour:
                    deelopgave: test
                    unit: persons
                    accumulation: per-year
                    direction: higher-is-better
                    target: {value: 1, year: 2027, source: test}
                    calculator: labour-capacity
                    effects: [k/saving]
                    labourShare: {perYear: {2025: 0.5, 2026: 0.5}, source: test}
                    euroPerFte: {value: 60000, source: test}
                    ftePerPerson: {value: 0.8, source: test}
                """)).contains("kpis.labour.labourShare: no value for 2027: a KPI is computed up to 2027, so give "
                + "one value for all years");
    }

    @Test
    void theCalculatorsCommandListsTheKpiCalculatorsWithThePlugin() {
        Cli.Result result = Cli.run("calculators");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("KPI calculators").contains("domain-cost-reduction")
                .contains("labour-capacity").contains("measurement").contains("gap-closure").contains("target-path")
                .contains("test-constant");
    }

    @Test
    void gapClosureFollowsAStraightLineToTheGapMinusTheFractionClosed() throws IOException {
        // 8 points in 2020, a quarter closed by 2030: 8 x (1 - 0.25 x 5/10) = 7 in 2025, 6.8 in 2026.
        Csv kpis = kpis("""
                kpis:
                  gap:
                    deelopgave: test
                    unit: percent
                    accumulation: per-year
                    direction: lower-is-better
                    target: {year: 2030, source: test}
                    band:
                      2025: {min: 7.5, max: 7, source: test}
                      2026: {min: 6.9, max: 6.5, source: test}
                      2027: {min: 8, max: 7, source: test}
                    calculator: gap-closure
                    baselineGap: {value: 8, source: test}
                    baselineYear: {value: 2020, source: test}
                    targetFraction: {value: 0.25, source: test}
                """);
        assertThat(expected(kpis, "gap", 2025)).isEqualByComparingTo("7");
        assertThat(expected(kpis, "gap", 2026)).isEqualByComparingTo("6.8");
        assertThat(expected(kpis, "gap", 2027)).isEqualByComparingTo("6.6");
        assertThat(row(kpis, "gap", 2025).get("position")).isEqualTo("within");
        assertThat(row(kpis, "gap", 2026).get("position")).isEqualTo("within");
        assertThat(row(kpis, "gap", 2027).get("position")).isEqualTo("above");
    }

    @Test
    void targetPathReachesARelativeOrAnAbsoluteTargetInItsYear() throws IOException {
        Csv kpis = kpis("""
                kpis:
                  falls:
                    deelopgave: test
                    unit: count
                    accumulation: per-year
                    direction: lower-is-better
                    target: {year: 2026, source: test}
                    band:
                      2025: {min: 9000, max: 8000, source: test}
                      2026: {min: 7000, max: 7000, source: test}
                    calculator: target-path
                    baseline: {value: 10000, source: test}
                    baselineYear: {value: 2024, source: test}
                    change: {value: -0.30, source: test}
                  schools:
                    deelopgave: test
                    unit: percent
                    accumulation: per-year
                    direction: higher-is-better
                    target: {value: 80, year: 2027, source: test}
                    band:
                      2025: {min: 50, max: 60, source: test}
                      2027: {min: 80, max: 80, source: test}
                    calculator: target-path
                    baseline: {value: 20, source: test}
                    baselineYear: {value: 2024, source: test}
                """);
        assertThat(expected(kpis, "falls", 2025)).isEqualByComparingTo("8500");
        assertThat(expected(kpis, "falls", 2026)).isEqualByComparingTo("7000");
        assertThat(row(kpis, "falls", 2025).get("position")).isEqualTo("within");
        assertThat(expected(kpis, "schools", 2025)).isEqualByComparingTo("40");
        assertThat(row(kpis, "schools", 2025).get("position")).isEqualTo("below");
        assertThat(expected(kpis, "schools", 2027)).isEqualByComparingTo("80");
    }

    @Test
    void targetPathRefusesATargetOnTheWrongSideOrGivenTwice() throws IOException {
        String kpi = """
                kpis:
                  falls:
                    deelopgave: test
                    unit: count
                    accumulation: per-year
                    direction: lower-is-better
                    target: {value: 12000, year: 2026, source: test}
                    calculator: target-path
                    baseline: {value: 10000, source: test}
                    baselineYear: {value: 2024, source: test}
                """;
        assertThat(invalid(kpi)).contains("kpis.falls.target.value: the target 12000 is worse than the baseline 10000 "
                + "for a lower-is-better KPI");
        assertThat(invalid(kpi + "    change: {value: -0.3, source: test}\n"))
                .contains("kpis.falls.change: give the target either as target.value (absolute) or as the parameter "
                        + "'change' (relative), not both");
    }

    @Test
    void aMeasuredKpiHasNoExpectedValueAndNoPosition() throws IOException {
        Csv kpis = kpis("""
                kpis:
                  survey:
                    deelopgave: test
                    unit: percent
                    accumulation: per-year
                    direction: higher-is-better
                    target: {value: 75, year: 2026, source: test}
                    band:
                      2025: {min: 0, max: 25, source: test}
                    calculator: measurement
                """);
        CSVRecord survey = row(kpis, "survey", 2025);
        assertThat(survey.get("band_max")).isEqualTo("25.00");
        for (String column : new String[] {"expected_min", "expected", "expected_max", "position"}) {
            assertThat(survey.get(column)).as(column).isEmpty();
        }
    }

    @Test
    void aKpiCalculatorOnlyTheTestClassPathKnowsIsFoundAndUsed() throws IOException {
        assertThat(KpiCalculatorRegistry.load().find("test-constant")).containsInstanceOf(ConstantKpiCalculator.class);
        Csv kpis = kpis("""
                kpis:
                  plugin:
                    deelopgave: test
                    unit: count
                    accumulation: per-year
                    direction: higher-is-better
                    target: {value: 3, year: 2026, source: test}
                    band:
                      2026: {min: 1, max: 2, source: test}
                    calculator: test-constant
                    level: {value: 3, source: test}
                """);
        assertThat(expected(kpis, "plugin", 2026)).isEqualByComparingTo("3");
        assertThat(row(kpis, "plugin", 2026).get("position")).isEqualTo("above");
    }

    private Csv kpis(String kpiYaml) throws IOException {
        return Csv.read(run(Scenarios.withKpis(dir, kpiYaml)).resolve("kpis.csv"));
    }

    private Path run(Path scenario) {
        return Cli.runInto(scenario, dir.resolve("out"));
    }

    private String invalid(String kpiYaml) throws IOException {
        Cli.Result result = Cli.run("validate", Scenarios.withKpis(dir, kpiYaml).toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        return result.err();
    }

    static CSVRecord row(Csv csv, String kpi, int year) {
        var rows = csv.where(Map.of("kpi", kpi, "year", Integer.toString(year)));
        assertThat(rows).as("%s %d", kpi, year).hasSize(1);
        return rows.get(0);
    }

    private static BigDecimal expected(Csv csv, String kpi, int year) {
        return new BigDecimal(row(csv, kpi, year).get("expected"));
    }
}
