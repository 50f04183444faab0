package nl.impact.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.model.Accumulation;
import nl.impact.model.Direction;
import nl.impact.model.Kpi;
import nl.impact.model.KpiBand;
import nl.impact.model.Provenance;
import nl.impact.model.Scenario;
import nl.impact.scenario.ScenarioReader;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code kpis} section of the scenario format, and the plan's KPIs in the default scenario. */
class KpiFormatTest {

    private static final Path DEFAULT = Path.of("scenarios/pluswijken.yaml");

    @TempDir
    Path dir;

    @Test
    void theDefaultScenarioHasTheFiveKpisWithTheBandsOfThePlan() throws Exception {
        Map<String, Kpi> kpis = read(DEFAULT).kpis().stream()
                .collect(Collectors.toMap(Kpi::id, k -> k, (a, b) -> a, LinkedHashMap::new));
        assertThat(kpis).hasSize(5);
        // plan L2117-2125: KPI 1 and 2 have no band ("Impact verwacht na 2027").
        assertThat(kpis.get("kpi-1-levensverwachting").bands()).isEmpty();
        assertThat(kpis.get("kpi-2-risicopositie").bands()).isEmpty();
        // plan L2127-2131, with 2026 read as 25-50 (see the next test).
        assertThat(bands(kpis.get("kpi-3-integraal-werken"))).containsExactly("2025:0-25", "2026:25-50", "2027:50-80");
        // plan L2133-2140.
        assertThat(bands(kpis.get("kpi-4-zorgkloof")))
                .containsExactly("2025:0-50", "2026:50-100", "2027:100-200", "2028:200-300", "2029:300-424");
        // plan L2142-2148.
        assertThat(bands(kpis.get("kpi-5-zvw-kosten"))).containsExactly("2025:0-2216000", "2026:1100000-8518000",
                "2027:4500000-17423000", "2028:11000000-25853000", "2029:18000000-34105000");
        assertThat(kpis.get("kpi-4-zorgkloof").accumulation()).isEqualTo(Accumulation.CUMULATIVE);
        assertThat(kpis.get("kpi-5-zvw-kosten").accumulation()).isEqualTo(Accumulation.CUMULATIVE);
        assertThat(kpis.values()).allMatch(k -> k.direction() == Direction.HIGHER_IS_BETTER);
        assertThat(kpis.get("kpi-5-zvw-kosten").target().value()).isEqualByComparingTo("34105000");
        assertThat(kpis.get("kpi-4-zorgkloof").target().value()).isEqualByComparingTo("424");
    }

    @Test
    void the2026MaximumThatReadsTwentyPercentIsReadAsFiftyAndSaysSo() throws Exception {
        Kpi kpi3 = read(DEFAULT).kpis().stream().filter(k -> k.id().equals("kpi-3-integraal-werken")).findFirst()
                .orElseThrow();
        KpiBand band = kpi3.bands().get(2026);
        assertThat(band.max()).isEqualByComparingTo("50");
        assertThat(band.provenance().kind()).isEqualTo(Provenance.Kind.DERIVED);
        assertThat(band.provenance().text()).contains("§ 7.b Ambities, regel 2129").contains("25% 20%");
    }

    @Test
    void maxBelowMinIsRefusedForAHigherIsBetterKpiAtTheValue() throws IOException {
        Path file = edit("2027: {min: 50, max: 80,", "2027: {min: 50, max: 20,");
        Cli.Result result = invalid(file);
        assertThat(result.err()).contains(located(file, "2027: {min: 50, max: 20,", "20,")
                + ": kpis.kpi-3-integraal-werken.band.2027.max: max 20 lies below min 50: for a higher-is-better KPI");
    }

    @Test
    void aLowerIsBetterKpiRefusesMaxAboveMinAndAcceptsTheReverse() throws IOException {
        String kpi = """
                kpis:
                  falls:
                    deelopgave: test
                    unit: count
                    accumulation: per-year
                    direction: lower-is-better
                    target: {value: 7000, year: 2027, source: test}
                    band:
                      2026: {min: 9000, max: 8000, source: test}
                      2027: {min: 7000, max: 8000, source: test}
                    calculator: measurement
                """;
        Cli.Result result = invalid(Scenarios.withKpis(dir, kpi));
        assertThat(result.err()).contains("kpis.falls.band.2027.max: max 8000 lies above min 7000: for a "
                + "lower-is-better KPI the maximal effect is the lower value");
        assertThat(result.err()).doesNotContain("band.2026").contains("1 problem found");
    }

    @Test
    void aBandYearOutsideTheScenarioYearsIsRefused() throws IOException {
        Path file = edit("2029: {min: 300, max: 424,", "2030: {min: 300, max: 424,");
        assertThat(invalid(file).err()).contains(located(file, "2030: {min: 300", "2030")
                + ": kpis.kpi-4-zorgkloof.band.2030: expected a year from 2025 to 2029");
    }

    @Test
    void unknownKpiCalculatorListsTheKnownOnes() throws IOException {
        Path file = edit("calculator: domain-cost-reduction", "calculator: zvw");
        assertThat(invalid(file).err()).contains("kpis.kpi-5-zvw-kosten.calculator: unknown KPI calculator 'zvw'; known: ")
                .contains("domain-cost-reduction, gap-closure, labour-capacity, measurement");
    }

    @Test
    void unknownAndMissingCalculatorParametersAreNamed() throws IOException {
        Path file = edit("    domain: Zvw", "    domein: Zvw");
        String err = invalid(file).err();
        assertThat(err).contains("kpis.kpi-5-zvw-kosten.domein: unknown parameter 'domein' for KPI calculator "
                + "'domain-cost-reduction'; expected one of domain, kernaanpakken");
        assertThat(err).contains("kpis.kpi-5-zvw-kosten: missing parameter 'domain'");
    }

    @Test
    void aBandYearWithoutProvenanceIsRefused() throws IOException {
        Path file = edit("2025: {min: 0, max: 50, source: {document: plan, section: \"7.b Ambities\", line: 2133}}",
                "2025: {min: 0, max: 50}");
        assertThat(invalid(file).err()).contains("kpis.kpi-4-zorgkloof.band.2025: missing provenance");
    }

    @Test
    void anUnknownDomainIsFoundWhenTheKpiIsComputed() throws IOException {
        Path file = edit("    domain: Zvw", "    domain: Zwv");
        assertThat(invalid(file).err()).contains(located(file, "    domain: Zwv", "Zwv")
                + ": kpis.kpi-5-zvw-kosten.domain: unknown domain 'Zwv'; the scenario's domains are Wmo, Jeugdwet");
    }

    @Test
    void aScenarioOfTargetsOnlyNeedsNoKernaanpakkenButOneWithNeitherIsRefused() throws IOException {
        Cli.Result regioplan = Cli.run("validate", "scenarios/regioplan-zuid-limburg.yaml");
        assertThat(regioplan.exitCode()).as(regioplan.err()).isZero();
        assertThat(regioplan.out()).contains("valid (0 kernaanpakken), 13 KPIs");
        Path empty = Scenarios.write(dir, "empty.yaml", """
                name: nothing
                years: {first: 2025, last: 2025}
                domains: {Zvw: {financier: zorgverzekeraar}}
                """);
        assertThat(invalid(empty).err()).contains("missing 'kernaanpakken' (at least one, unless the scenario has a 'begroting' or 'kpis')");
    }

    @Test
    void aKpiParameterCanNameASharedParameter() throws IOException {
        String text = Scenarios.BASE.replace("kernaanpakken:", """
                parameters:
                  level: {value: 42, source: test}
                kernaanpakken:""") + """
                kpis:
                  shared:
                    deelopgave: test
                    unit: count
                    accumulation: per-year
                    direction: higher-is-better
                    target: {value: 42, year: 2027, source: test}
                    band:
                      2027: {min: 40, max: 45, source: test}
                    calculator: test-constant
                    level: level
                """;
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("run", Scenarios.write(dir, "s.yaml", text).toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(out.resolve("kpis.csv"))).contains("shared,2027,40.00,45.00,42.00,42.00,42.00,within");
    }

    private static List<String> bands(Kpi kpi) {
        return kpi.bands().values().stream()
                .map(b -> b.year() + ":" + plain(b.min()) + "-" + plain(b.max())).toList();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Scenario read(Path file) throws Exception {
        return new ScenarioReader(CalculatorRegistry.load()).read(file);
    }

    private Cli.Result invalid(Path file) {
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("Exception");
        return result;
    }

    private Path edit(String from, String to) throws IOException {
        String text = Files.readString(DEFAULT, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return Scenarios.write(dir, "scenario.yaml", text.replace(from, to));
    }

    /** {@code file:line:column} of {@code token} on the first line containing {@code line}. */
    static String located(Path file, String line, String token) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(line.strip())) {
                return file + ":" + (i + 1) + ":" + (lines.get(i).indexOf(token) + 1);
            }
        }
        throw new AssertionError("no line contains " + line);
    }
}
