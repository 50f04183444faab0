package nl.impact.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A KPI written as a formula over the plan's quantities, effects (a total over two domains) and
 * numbers, with a band that is a formula: its exact value against a hand computation, and its
 * simulated probability against a direct count over the exported draws. Both come from the one
 * definition in the scenario (src/test/resources/cookbook/kpi-formula.yaml).
 */
class KpiFormulaTest {

    static final Path SCENARIO = Path.of("src/test/resources/cookbook/kpi-formula.yaml");

    @TempDir
    Path dir;

    /**
     * kernteam (Zvw + Wlz, not Wmo, not the Buurtteam) + uren x uurtarief = clienten x (1,000 + 400)
     * + clienten x 15 x 50 = clienten x 2,150: 172,000 / 215,000 / 258,000 for 80 / 100 / 120 clienten.
     * The band is 0.9 and 1.1 times the number basis (215,000), written once for 2025-2026.
     */
    @Test
    void theExactValueIsTheFormulaOverAQuantityAndATwoDomainEffectTotal() throws IOException {
        Csv kpis = Csv.read(Cli.runInto(SCENARIO, dir.resolve("out")).resolve("kpis.csv"));
        for (int year : new int[] {2025, 2026}) {
            CSVRecord row = KpiCalculatorsTest.row(kpis, "zorgkosten-kernteam", year);
            assertThat(row.get("expected_min")).isEqualTo("172000.00");
            assertThat(row.get("expected")).isEqualTo("215000.00");
            assertThat(row.get("expected_max")).isEqualTo("258000.00");
            assertThat(row.get("band_min")).isEqualTo("193500.00");
            assertThat(row.get("band_max")).isEqualTo("236500.00");
            assertThat(row.get("position")).isEqualTo("within");
        }
    }

    /**
     * The KPI is clienten x 2,150, so a draw falls below the band exactly when clienten < 90 and above
     * it when clienten > 110: simulation-kpis.csv gives the shares the exported draws count.
     */
    @Test
    void theSimulatedProbabilityIsTheShareOfDrawsACountOverTheExportedDrawsFinds() throws IOException {
        Path out = dir.resolve("sim");
        Cli.Result result = Cli.run("simulate", SCENARIO.toString(), "--draws", "2000", "--seed", "7",
                "--export-draws", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        int below = 0;
        int above = 0;
        int draws = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(out.resolve("simulation-draws.csv.gz"))), StandardCharsets.UTF_8))) {
            List<String> header = List.of(in.readLine().split(","));
            int clienten = header.indexOf("kernaanpakken.kernteam.clienten");
            assertThat(clienten).isPositive();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                double value = Double.parseDouble(line.split(",")[clienten]);
                below += value < 90 ? 1 : 0;
                above += value > 110 ? 1 : 0;
                draws++;
            }
        }
        assertThat(draws).isEqualTo(2000);
        // The draws straddle the band: about a quarter on either side (uniform from 80 to 120).
        assertThat(below).isBetween(400, 600);
        assertThat(above).isBetween(400, 600);
        Csv probabilities = Csv.read(out.resolve("simulation-kpis.csv"));
        for (int year : new int[] {2025, 2026}) {
            CSVRecord row = KpiCalculatorsTest.row(probabilities, "zorgkosten-kernteam", year);
            assertThat(new BigDecimal(row.get("probability_below"))).isEqualByComparingTo(share(below, draws));
            assertThat(new BigDecimal(row.get("probability_above"))).isEqualByComparingTo(share(above, draws));
            assertThat(new BigDecimal(row.get("probability_within")))
                    .isEqualByComparingTo(share(draws - below - above, draws));
        }
    }

    /** A shared parameter read by name, a cumulative KPI and PREVIOUS: 2025 and 2026 by hand. */
    @Test
    void aFormulaReadsSharedParametersAndLooksAcrossYears() throws IOException {
        // Base scenario: 100 and 200 clients, 1,000 Zvw and 500 Wmo each, 15 hours each; effects to 2027.
        Path scenario = Scenarios.write(dir, "s.yaml", Scenarios.BASE.replace("kernaanpakken:",
                "parameters:\n  tarief: {value: 20, source: test}\nkernaanpakken:") + """
                kpis:
                  groei:
                    deelopgave: test
                    unit: euro
                    accumulation: cumulative
                    direction: higher-is-better
                    target: {year: 2027, source: test}
                    formula: "zvw - PREVIOUS(zvw) + uren * tarief"
                    names:
                      zvw: {effects: "*/*", domains: Zvw}
                      uren: {quantities: ["k/hours"]}
                """);
        Csv kpis = Csv.read(Cli.runInto(scenario, dir.resolve("out")).resolve("kpis.csv"));
        // Per year: 2025 100,000 - 0 + 1,500 x 20 = 130,000; 2026 200,000 - 100,000 + 3,000 x 20 = 160,000;
        // 2027 0 - 200,000 + 0 = -200,000. Cumulative: 130,000, 290,000, 90,000.
        assertThat(KpiCalculatorsTest.row(kpis, "groei", 2025).get("expected")).isEqualTo("130000.00");
        assertThat(KpiCalculatorsTest.row(kpis, "groei", 2026).get("expected")).isEqualTo("290000.00");
        assertThat(KpiCalculatorsTest.row(kpis, "groei", 2027).get("expected")).isEqualTo("90000.00");
    }

    @Test
    void aFormulaKpiWithWhatItCannotReadIsRefusedAtItsPlace() throws IOException {
        String kpi = """
                kpis:
                  f:
                    deelopgave: test
                    unit: euro
                    accumulation: per-year
                    direction: higher-is-better
                    target: {year: 2027, source: test}
                """;
        assertThat(invalid(kpi + "    formula: \"zvw + onbekend\"\n    names:\n      zvw: {effects: k/*}\n"))
                .contains("kpis.f.formula: unknown name 'onbekend': declare it under names");
        assertThat(invalid(kpi + "    formula: \"x\"\n    calculator: measurement\n    names:\n"
                + "      x: {value: 1, source: test}\n"))
                .contains("kpis.f.calculator: give either 'calculator' or 'formula', not both");
        assertThat(invalid(kpi + "    formula: \"x\"\n    names:\n      x: {effects: k/besparing}\n"))
                .contains("kpis.f.names.x.effects: 'k/besparing' matches no effect of the kernaanpakken");
        assertThat(invalid(kpi + "    formula: \"x\"\n    names:\n      x: {capacity: k/*}\n"))
                .contains("kpis.f.names.x: missing 'unit' (uur, fte or personen)");
        assertThat(invalid(kpi + "    formula: \"x\"\n    names:\n      x: {effects: k/*, domains: [Wlz]}\n"))
                .contains("kpis.f.names.x.domains: unknown domain 'Wlz'");
        assertThat(invalid(kpi + "    formula: \"x / 0\"\n    names:\n      x: {effects: k/*}\n"))
                .contains("kpis.f.formula: formula 'x / 0' cannot be evaluated in 2025");
        assertThat(invalid(kpi + "    formula: \"x\"\n    names:\n      x: {effects: k/*}\n    domain: Zvw\n"))
                .contains("kpis.f.domain: unknown key 'domain': a KPI written as a formula declares the names it reads "
                        + "under 'names'");
        assertThat(invalid(kpi.replace("    target:", "    names:\n      x: {value: 1, source: test}\n    target:")
                + "    calculator: measurement\n")).contains("kpis.f.names: 'names' goes with 'formula'");
    }

    @Test
    void aBandFormulaReadsFixedNumbersOnly() throws IOException {
        String kpi = """
                kpis:
                  f:
                    deelopgave: test
                    unit: euro
                    accumulation: per-year
                    direction: higher-is-better
                    target: {year: 2027, source: test}
                    formula: "x"
                    names:
                      x: {effects: k/*}
                      onzeker: {min: 1, max: 2, source: test}
                """;
        assertThat(invalid(kpi + "    band:\n      2025: {min: \"onzeker * 10\", max: 100, source: test}\n"))
                .contains("kpis.f.band.2025.min: 'onzeker' has a band (min/max); a band is one number per year");
        assertThat(invalid(kpi + "    band:\n      2025: {min: \"x\", max: 100, source: test}\n"))
                .contains("kpis.f.band.2025.min: 'x' adds up the plan's results; a band is the plan's commitment");
        assertThat(invalid(kpi + "    band:\n      2025-2026: {min: 1, max: 2, source: test}\n"
                + "      2026: {min: 1, max: 2, source: test}\n"))
                .contains("kpis.f.band.2026: a second band for 2026");
        // A number written as text stays a number with its message, never a formula.
        assertThat(invalid(kpi + "    band:\n      2025: {min: \"7.000\", max: \"135,5\", source: test}\n"))
                .contains("kpis.f.band.2025.max: expected a number, got text '135,5'");
        // Year by year: 100 - 40 x YEARINDEX() is 60 in 2025, 20 in 2026 and -20 in 2027, below the min of 0.
        assertThat(invalid(kpi + "    band:\n      2025-2027: {min: 0, max: \"100 - 40 * YEARINDEX()\", source: test}\n"))
                .contains("kpis.f.band.2025-2027.max: in 2027: max -20 lies below min 0");
    }

    /**
     * A formula over single effects or capacity has no form over the simulated plan (it adds effects up
     * per kernaanpak and domain, in euros): simulation-metadata.csv says why it is left out.
     */
    @Test
    void aFormulaOverSingleEffectsIsListedAsNotSimulated() throws IOException {
        Path scenario = Scenarios.withKpis(dir, """
                kpis:
                  f:
                    deelopgave: test
                    unit: euro
                    accumulation: per-year
                    direction: higher-is-better
                    target: {year: 2027, source: test}
                    band:
                      2025: {min: 0, max: 1, source: test}
                    formula: "x"
                    names:
                      x: {effects: k/saving}
                """);
        Path out = dir.resolve("sim");
        Cli.Result result = Cli.run("simulate", scenario.toString(), "--draws", "100", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(out.resolve("simulation-metadata.csv"))).contains("kpi_not_simulated:f,\"it adds up single "
                + "effects (kernaanpak/effect)");
    }

    private static BigDecimal share(int count, int draws) {
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(draws));
    }

    private String invalid(String kpiYaml) throws IOException {
        Cli.Result result = Cli.run("validate", Scenarios.withKpis(dir, kpiYaml).toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        return result.err();
    }
}
