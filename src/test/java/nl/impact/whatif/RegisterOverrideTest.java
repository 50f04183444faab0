package nl.impact.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.impact.calc.plan.Input;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.model.Provenance;
import nl.impact.scenario.InputFolders;
import nl.impact.scenario.ScenarioOverride;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --set} on any input of the register by its path: a cell of the area table
 * ({@code areas.CODE.column}), and a parameter by its own path with a number. Each passes the gate
 * of its way in, gives the outputs of editing the table or file, and has provenance {@code override}.
 */
class RegisterOverrideTest {

    private static final String TABLE = "code,naam,gemeente,inwoners,startjaar,cz,vgz\n"
            + "WK091701,Centrum,Heerlen,1000,2025,0.6,0.4\nWK093501,Noord,Maastricht,2000,%s,0.5,0.5\n";

    private static final String SCENARIO = """
            name: Twee wijken
            years: {first: 2025, last: 2026, effectsUntil: 2027}
            domains:
              Wmo: {financier: gemeente}
              Zvw: {financier: zorgverzekeraar}
            areas:
              table: wijken.csv
              columns:
                inwoners: {kind: count, unit: inwoners}
                startjaar: {kind: number, unit: jaar}
                cz: {kind: fraction}
                vgz: {kind: fraction}
              marketShares: {financier: zorgverzekeraar, insurers: {CZ: cz, VGZ: vgz}}
              placeholder: test areas
            kernaanpakken:
              k:
                name: Kernteam
                calculator: formules
                areas: {from: startjaar}
                bereik: {value: %s, kind: fraction, source: test}
                formulas:
                  clients: "inwoners * bereik"
                effects:
                  - name: saving
                    per: clients
                    timing: {offset: 0, years: 2}
                    amounts:
                      Zvw: {min: 800, max: 1200, source: test}
                      Wmo: {value: 500, source: test}
            """;

    private static final String START = "areas.WK093501.startjaar";

    @TempDir
    Path dir;

    @Test
    void aCellSetOnTheCommandLineGivesTheOutputsOfTheEditedTable() throws Exception {
        Path plan = version("plan", "2026", "0.1");
        Path edited = version("edited", "2025", "0.1");
        Path bySet = dir.resolve("by-set");
        Cli.Result set = Cli.run("run", plan.toString(), "--out", bySet.toString(), "--set", START + "=2025");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.err()).contains("note: what-if in force: --set " + START + "=2025");
        Path byEdit = Cli.runInto(edited, dir.resolve("by-edit"));
        Path unchanged = Cli.runInto(plan, dir.resolve("plan-out"));
        assertThat(Files.mismatch(unchanged.resolve("business-case-summary.csv"),
                bySet.resolve("business-case-summary.csv"))).as("the cell moves the results").isNotEqualTo(-1L);
        try (Stream<Path> files = Files.list(byEdit)) {
            List<String> csvs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted()
                    .toList();
            assertThat(csvs).contains("areas.csv", "gemeenten.csv", "business-case-summary.csv");
            for (String csv : csvs) {
                assertThat(Files.mismatch(byEdit.resolve(csv), bySet.resolve(csv))).as(csv).isEqualTo(-1L);
            }
        }
        // The diff of the what-if is the diff of the edited table, but for the new version's name and provenance.
        String byTable = Cli.run("diff", plan.toString(), edited.toString()).out();
        String byOverride = Cli.run("diff", plan.toString(), "--set", START + "=2025").out();
        assertThat(byOverride.replace(plan + " --set " + START + "=2025", edited.toString())
                .replace("[placeholder: test areas -> override: --set " + START + "=2025 (in the file: placeholder: "
                        + "test areas)]", "[placeholder: test areas]")).isEqualTo(byTable);
    }

    @Test
    void aCellSetOnTheCommandLineHasProvenanceOverrideAndTheOthersTheTables() throws Exception {
        RunResult run = Computation.of(version("plan", "2026", "0.1"), List.of(ScenarioOverride.parse(START + "=2025")),
                InputFolders.SCENARIO_ONLY);
        Input set = run.plan().inputs().byPath(START).orElseThrow();
        assertThat(set.values().expected().constant()).isEqualByComparingTo("2025");
        assertThat(set.provenance()).isEqualTo(new Provenance(Provenance.Kind.OVERRIDE,
                "--set " + START + "=2025 (in the file: placeholder: test areas)"));
        assertThat(run.plan().inputs().byPath("areas.WK091701.startjaar").orElseThrow().provenance())
                .isEqualTo(new Provenance(Provenance.Kind.PLACEHOLDER, "test areas"));
    }

    @Test
    void aCellPassesTheGateOfTheTable() throws Exception {
        Path plan = version("plan", "2026", "0.1");
        assertRefused(plan, START + "=2025.5", "--set " + START + "=2025.5: column 'startjaar' gives the year k starts "
                + "in area WK093501: expected a year, got 2025.5");
        assertRefused(plan, START + "=veel", "--set " + START + "=veel: expected a number in column 'startjaar', got text");
        assertRefused(plan, "areas.WK093501.inwoners=-5", "expected a count (zero or more) in column 'inwoners', got "
                + "a negative number");
        assertRefused(plan, "areas.WK093501.inwoners=1,5", "got a decimal comma (write a decimal point)");
        assertRefused(plan, "areas.WK093501.cz=0.7", "--set areas.WK093501.cz=0.7: the market shares in area WK093501 "
                + "add up to 1.2");
        assertRefused(plan, "areas.WK999999.startjaar=2025", "--set areas.WK999999.startjaar=2025: no such path in the "
                + "scenario: the area table has no area with the code 'WK999999'");
        assertRefused(plan, "areas.WK093501.start=2025", "the area table has no declared column 'start'; declared: "
                + "inwoners, startjaar, cz, vgz");
        assertRefused(plan, START + "={min: 2025, max: 2026}", "a cell of the area table holds one value");
        assertRefused(plan, START + "=\"\\e[31m\"", "the control character \\u001B");
        assertRefused(plan, START + "=!!int 2025", "a tag (!) in the value");
    }

    @Test
    void aParameterTakesANumberAtItsOwnPathAsItsValue() throws Exception {
        Path plan = version("plan", "2026", "0.1");
        Path edited = version("edited", "2026", "0.2");
        RunResult byEdit = Computation.of(edited);
        RunResult bySet = Computation.of(plan, List.of(ScenarioOverride.parse("kernaanpakken.k.bereik=0.2")),
                InputFolders.SCENARIO_ONLY);
        Input bereik = bySet.plan().inputs().byPath("kernaanpakken.k.bereik").orElseThrow();
        assertThat(bereik.values().expected().constant()).isEqualByComparingTo(new BigDecimal("0.2"));
        assertThat(bereik.provenance().kind()).isEqualTo(Provenance.Kind.OVERRIDE);
        assertThat(bySet.effects().map(e -> e.values().expected().total()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(byEdit.effects().map(e -> e.values().expected().total())
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertRefused(plan, "kernaanpakken.k.bereik=1.5", "kernaanpakken.k.bereik.value: expected a fraction");
    }

    private static void assertRefused(Path scenario, String set, String message) {
        Cli.Result result = Cli.run("validate", scenario.toString(), "--set", set);
        assertThat(result.exitCode()).as(set + ": " + result.err()).isEqualTo(2);
        assertThat(result.err()).as(set).contains(message).doesNotContain("Exception");
    }

    private Path version(String name, String noordStart, String bereik) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Scenarios.write(folder, "wijken.csv", TABLE.formatted(noordStart));
        return Scenarios.write(folder, "two.yaml", SCENARIO.formatted(bereik));
    }
}
