package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No message quotes a file that is not a valid input of its kind: a file named as an area table,
 * realisations, a workbook or a scenario, that holds something else (a credential), gets exit 2 and
 * the place of its problem, never its text. The scenario's own text is quoted only once it shows
 * itself a scenario.
 */
class NoDisclosureTest {

    private static final String SECRET = "SECRET-TOKEN-42";

    /** A scenario whose table is {@code %1$s}, with every column it needs named {@code %2$s}. */
    private static final String AREAS = """
            name: Lek
            years: {first: 2025, last: 2026}
            domains:
              Zvw: {financier: zorgverzekeraar}
            areas:
              table: %1$s
              code: "%2$s"
              name: "%2$s"
              gemeente: "%2$s"
              columns:
                inwoners: {kind: count, column: "%2$s"}
              placeholder: test
            kernaanpakken:
              k:
                calculator: formules
                formulas:
                  clients: "inwoners * 0.1"
                effects:
                  - name: saving
                    per: clients
                    timing: direct
                    amounts:
                      Zvw: {value: 1000, source: test}
            """;

    @TempDir
    Path dir;

    @Test
    void aCredentialFileNamedAsAnAreaTableIsNeverQuoted() throws Exception {
        // The scenario names the file's first line as every column, so each further line is read as an area.
        Files.writeString(dir.resolve("config"), "[core]\n\ttoken = " + SECRET + "\n" + SECRET + "\n1,2," + SECRET
                + "\n");
        Cli.Result rows = refused("validate", Scenarios.write(dir, "s.yaml", AREAS.formatted("config", "[core]")));
        assertThat(rows.err()).contains(dir.resolve("config") + ":2:1: not an area code")
                .contains(dir.resolve("config") + ":2:1: expected a count (zero or more) in column '[core]', got text");

        Files.writeString(dir.resolve("header.csv"), "naam;" + SECRET + "\n");
        Cli.Result header = refused("validate", Scenarios.write(dir, "h.yaml", AREAS.formatted("header.csv", "code")));
        assertThat(header.err()).contains(dir.resolve("header.csv") + ":1:0: missing column 'code': no cell of the "
                + "header (row 1) is 'code'");
    }

    @Test
    void theCellsOfAnXlsxAreaTableAreNeverQuoted() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("w.xlsx"))) {
            XSSFSheet sheet = workbook.createSheet("Wijken");
            String[][] rows = {{"code", "naam", "gemeente", "inwoners", SECRET}, {"WK091701", "Centrum", "Heerlen", SECRET}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    (c == 0 ? sheet.createRow(r) : sheet.getRow(r)).createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        Path scenario = Scenarios.write(dir, "s.yaml", AREAS.formatted("{file: w.xlsx, sheet: Wijken}", "code")
                .replace("name: \"code\"", "name: naam").replace("gemeente: \"code\"", "gemeente: gemeente")
                .replace("column: \"code\"", "column: inwoners"));
        assertThat(refused("validate", scenario).err()).contains("cell D2: expected a count (zero or more) in column "
                + "'inwoners', got text");
    }

    @Test
    void aCredentialFileNamedAsRealisationsIsNeverQuoted() throws Exception {
        Path kpi = Scenarios.write(dir, "kpi.csv", "kpi,year,realised\n" + SECRET + ",2025,1\n"
                + "kpi-4-zorgkloof," + SECRET + ",1\nkpi-4-zorgkloof,2025," + SECRET + "\n");
        Cli.Result rows = refused("monitor", Path.of("scenarios/pluswijken.yaml"), kpi.toString());
        assertThat(rows.err()).contains(kpi + ":2:1: kpi: not one of the scenario's KPIs (")
                .contains(kpi + ":3:17: year: expected a year (a whole number)\n")
                .contains(kpi + ":4:22: realised: expected a number with a decimal point and no thousands separators\n");
        Path header = Scenarios.write(dir, "header.csv", "kpi,year,realised," + SECRET + "\n");
        assertThat(refused("monitor", Path.of("scenarios/pluswijken.yaml"), header.toString()).err())
                .contains(header + ":1:19: a column that is none of kpi, year, realised, correction and note");
        Path controls = Scenarios.write(dir, "controls.csv", "kpi,year,realised,correction,note\n"
                + "kpi-4-zorgkloof,2025,50,," + SECRET + "\u0007x\n");
        assertThat(refused("monitor", Path.of("scenarios/pluswijken.yaml"), controls.toString()).err())
                .contains("note: the control character \\u0007 at character 16");
    }

    @Test
    void aFileThatIsNoScenarioIsNeverQuoted() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(Scenarios.write(dir, "plain.yaml", "user: " + SECRET + "\nmachine example.org login x password "
                + SECRET + "\n"));
        files.add(Scenarios.write(dir, "lines.yaml", SECRET + "\n" + SECRET + " again\n"));
        files.add(Scenarios.write(dir, "keys.yaml", SECRET + ": 1\ntoken: \"" + SECRET + "\\u0007\"\n"));
        files.add(Scenarios.write(dir, "token.json", SECRET));
        files.add(Scenarios.write(dir, "list.yaml", "- " + SECRET + "\n- " + "x".repeat(2000) + "\n"));
        for (Path file : files) {
            Cli.Result result = refused("validate", file);
            assertThat(result.err()).as(file.toString()).startsWith("error: " + file + ":").contains("not a scenario");
        }
        assertThat(refused("validate", files.get(2)).err()).isEqualTo("error: " + files.get(2) + ":1:1: not a "
                + "scenario: expected a map with name, years, domains and kernaanpakken, and found none of a "
                + "scenario's keys (its text is not shown)\n1 problem found.\n");
    }

    @Test
    void aScenariosOwnTextIsQuotedOnceItIsOne() throws Exception {
        Path scenario = Scenarios.write(dir, "s.yaml", Scenarios.BASE.replace("name: KPI test",
                "name: KPI test\nkernaanpakkn: {}"));
        Cli.Result result = refused("validate", scenario);
        assertThat(result.err()).contains("kernaanpakkn: unknown key 'kernaanpakkn'");
    }

    @Test
    void aWorkbookThatIsNoWorkbookIsNeverQuoted() throws Exception {
        Scenarios.write(dir, "tarieven.xlsx", SECRET + "\n");
        Path scenario = Scenarios.write(dir, "s.yaml", Scenarios.BASE.replace("Zvw: {value: 1000, source: test}",
                "Zvw: {fromExcel: {file: tarieven.xlsx, sheet: Blad1, cell: A1}}"));
        Cli.Result result = refused("validate", scenario);
        assertThat(result.err()).contains("fromExcel.file: " + dir.resolve("tarieven.xlsx") + ": not a readable Excel "
                + "workbook (.xlsx): open it in Excel or LibreOffice and save it as .xlsx\n");
    }

    @Test
    void anOldVersionThatIsNoScenarioIsNeverQuoted() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path scenario = Scenarios.write(repo, "s.yaml", SECRET + "\n");
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "secret");
        Files.writeString(scenario, Scenarios.BASE);
        Cli.Result result = refused("diff", scenario, "--base-ref", "HEAD");
        assertThat(result.err()).isEqualTo("error: HEAD:" + scenario + ":1:1: not a scenario: expected a map with name, "
                + "years, domains and kernaanpakken, and found none of a scenario's keys (its text is not shown)\n"
                + "1 problem found.\n");
    }

    private static Cli.Result refused(String command, Path file, String... more) {
        List<String> args = new ArrayList<>(List.of(command, file.toString()));
        args.addAll(List.of(more));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).doesNotContain(SECRET).doesNotContain("Exception").doesNotContain("org.apache");
        return result;
    }

    static void git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor()).isZero();
    }
}
