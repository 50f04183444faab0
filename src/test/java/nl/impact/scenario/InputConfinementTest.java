package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's area tables and workbooks are read only from its folder and below: '..', absolute
 * paths, symbolic links leading out and hidden files are refused at the place the scenario names
 * them (exit 2, nothing written), and {@code --allow-path DIR} widens the folder on every command
 * that reads a scenario.
 */
class InputConfinementTest {

    private static final String TABLE = """
            code,naam,gemeente,inwoners
            WK091701,Centrum,Heerlen,1000
            WK093501,Noord,Maastricht,2000
            """;

    /** A scenario whose table is {@code %s}, named on line 7, column 10. */
    private static final String AREAS = """
            name: Twee wijken
            years: {first: 2025, last: 2026}
            domains:
              Zvw: {financier: zorgverzekeraar}
              Wmo: {financier: gemeente}
            areas:
              table: %s
              columns:
                inwoners: {kind: count}
              placeholder: test areas
            kernaanpakken:
              k:
                calculator: formules
                bereik: {value: 0.1, kind: fraction, source: test}
                formulas:
                  clients: "inwoners * bereik"
                effects:
                  - name: saving
                    per: clients
                    timing: direct
                    amounts:
                      Zvw: {value: 1000, source: test}
            """;

    @TempDir
    Path dir;

    Path scenarios;
    Path data;

    @BeforeEach
    void folders() throws Exception {
        scenarios = Files.createDirectories(dir.resolve("scenarios"));
        data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("wijken.csv"), TABLE);
    }

    @Test
    void aTableBesideOrBelowTheScenarioIsRead() throws Exception {
        Files.createDirectories(scenarios.resolve("tabellen"));
        Files.writeString(scenarios.resolve("tabellen/wijken.csv"), TABLE);
        Path scenario = scenario("tabellen/../tabellen/wijken.csv");
        Cli.Result result = Cli.run("validate", scenario.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void aTableAboveTheScenariosFolderIsRefusedWhereTheScenarioNamesIt() throws Exception {
        Path scenario = scenario("../data/wijken.csv");
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("run", scenario.toString(), "--out", out.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: " + scenario + ":7:10: areas.table: '../data/wijken.csv' lies "
                + "outside the scenario's folder " + scenarios.toAbsolutePath() + ": a scenario's tables and workbooks "
                + "are read only from its folder and below, or from a folder given with --allow-path\n"
                + "1 problem found.\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void anAbsolutePathOutsideIsRefusedWithoutReadingIt() throws Exception {
        Cli.Result result = Cli.run("validate", scenario(data.resolve("wijken.csv").toAbsolutePath().toString())
                .toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(":7:10: areas.table: '" + data.resolve("wijken.csv").toAbsolutePath()
                + "' lies outside the scenario's folder");
        Cli.Result passwd = Cli.run("validate", scenario("/etc/passwd").toString());
        assertThat(passwd.exitCode()).isEqualTo(2);
        assertThat(passwd.err()).contains("'/etc/passwd' lies outside the scenario's folder").doesNotContain("root");
    }

    @Test
    void aSymbolicLinkLeadingOutIsRefused() throws Exception {
        Files.createSymbolicLink(scenarios.resolve("wijken.csv"), data.resolve("wijken.csv").toAbsolutePath());
        Cli.Result file = Cli.run("validate", scenario("wijken.csv").toString());
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).contains(":7:10: areas.table: 'wijken.csv' leads through a symbolic link to a place "
                + "outside the scenario's folder " + scenarios.toAbsolutePath());

        Files.createSymbolicLink(scenarios.resolve("gedeeld"), data.toAbsolutePath());
        Cli.Result folder = Cli.run("validate", scenario("gedeeld/wijken.csv").toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("'gedeeld/wijken.csv' leads through a symbolic link to a place outside");

        // A link that stays inside is a file like any other.
        Files.createDirectories(scenarios.resolve("echt"));
        Files.writeString(scenarios.resolve("echt/wijken.csv"), TABLE);
        Files.createSymbolicLink(scenarios.resolve("kort.csv"), scenarios.resolve("echt/wijken.csv").toAbsolutePath());
        assertThat(Cli.run("validate", scenario("kort.csv").toString()).exitCode()).isZero();
    }

    @Test
    void hiddenFilesAndFoldersBelowTheScenarioAreRefused() throws Exception {
        Files.createDirectories(scenarios.resolve(".git"));
        Files.writeString(scenarios.resolve(".git/config"), "[core]\n\turl = https://token@example.org/x\n");
        Files.writeString(scenarios.resolve(".env"), TABLE);
        Cli.Result git = Cli.run("validate", scenario(".git/config").toString());
        assertThat(git.exitCode()).isEqualTo(2);
        assertThat(git.err()).contains(":7:10: areas.table: '.git/config' is hidden (the name '.git' starts with a "
                + "dot): hidden files and folders such as .git and .env are never read as inputs")
                .doesNotContain("token");
        assertThat(Cli.run("validate", scenario(".env").toString()).err()).contains("'.env' is hidden");
    }

    @Test
    void aWorkbookOutsideIsRefusedAtItsFileKey() throws Exception {
        workbook(data.resolve("tarieven.xlsx"));
        Path scenario = Scenarios.write(scenarios, "s.yaml", AREAS.formatted("wijken.csv").replace(
                "Zvw: {value: 1000, source: test}",
                "Zvw: {fromExcel: {file: ../data/tarieven.xlsx, sheet: Tarieven, cell: A1}}"));
        Files.writeString(scenarios.resolve("wijken.csv"), TABLE);
        Cli.Result result = Cli.run("validate", scenario.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(scenario + ":22:")
                .contains("kernaanpakken.k.effects[0].amounts.Zvw.fromExcel.file: '../data/tarieven.xlsx' lies "
                        + "outside the scenario's folder");
        assertThat(Cli.run("validate", scenario.toString(), "--allow-path", data.toString()).exitCode()).isZero();
    }

    @Test
    void aSetOverrideCannotNameATableOutsideEither() throws Exception {
        Files.writeString(scenarios.resolve("wijken.csv"), TABLE);
        Cli.Result result = Cli.run("validate", scenario("wijken.csv").toString(), "--set",
                "areas.table=../data/wijken.csv");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--set areas.table=../data/wijken.csv: '../data/wijken.csv' lies outside");
    }

    @Test
    void allowPathWidensTheFolderOnEveryCommandThatReadsAScenario() throws Exception {
        // The plan's scenario, with one figure (135 clients per fte) from a workbook in another folder.
        workbook(data.resolve("tarieven.xlsx"));
        Path plan = Scenarios.write(scenarios, "pluswijken.yaml", Files.readString(Path.of("scenarios/pluswijken.yaml"))
                .replace("    clientenPerFte:\n      value: 135\n",
                        "    clientenPerFte:\n      fromExcel: {file: ../data/tarieven.xlsx, sheet: Tarieven, cell: A1}\n"));
        String allow = data.toString();
        String realisations = Path.of("scenarios/pluswijken-realisations-2026.csv").toString();
        String[][] commands = {
            {"validate", plan.toString()},
            {"run", plan.toString(), "--out", dir.resolve("run").toString()},
            {"simulate", plan.toString(), "--draws", "20", "--seed", "1", "--out", dir.resolve("sim").toString()},
            {"monitor", plan.toString(), realisations, "--out", dir.resolve("monitor").toString()},
            {"diff", "scenarios/pluswijken.yaml", plan.toString()},
        };
        for (String[] command : commands) {
            Cli.Result refused = Cli.run(command);
            assertThat(refused.exitCode()).as(command[0]).isEqualTo(2);
            assertThat(refused.err()).as(command[0]).contains("clientenPerFte.fromExcel.file: '../data/tarieven.xlsx' "
                    + "lies outside the scenario's folder");
            String[] allowed = java.util.Arrays.copyOf(command, command.length + 2);
            allowed[command.length] = "--allow-path";
            allowed[command.length + 1] = allow;
            Cli.Result result = Cli.run(allowed);
            // The workbook's 135 is the plan's own figure: the diff finds no change in the results.
            assertThat(result.exitCode()).as(command[0] + ": " + result.err()).isZero();
        }
        assertThat(Files.readString(dir.resolve("run/summary.csv")))
                .isEqualTo(Files.readString(Cli.runInto(Path.of("scenarios/pluswijken.yaml"), dir.resolve("plan"))
                        .resolve("summary.csv")));
    }

    @Test
    void allowPathMustNameAFolder() throws Exception {
        Path scenario = scenario("wijken.csv");
        Cli.Result missing = Cli.run("validate", scenario.toString(), "--allow-path", dir.resolve("nergens").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: --allow-path " + dir.resolve("nergens") + ": no such directory\n"
                + "1 problem found.\n");
        Cli.Result file = Cli.run("validate", scenario.toString(), "--allow-path", scenario.toString());
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).contains("--allow-path " + scenario + ": not a directory");
    }

    private Path scenario(String table) throws Exception {
        return Scenarios.write(scenarios, "s.yaml", AREAS.formatted(table));
    }

    /** A workbook with 135 in Tarieven!A1. */
    private static void workbook(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Tarieven").createRow(0).createCell(0).setCellValue(135);
            workbook.write(out);
        }
    }
}
