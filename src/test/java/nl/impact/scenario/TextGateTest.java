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
 * One gate for every text, whatever its way in: a scenario file, its version at a git revision,
 * {@code --set}, a cell of an area table (CSV or xlsx) and a cell of a {@code fromExcel} workbook.
 * The same text gets the same answer everywhere (exit 2, its place, the same words), nothing is
 * written and nothing reaches stdout.
 */
class TextGateTest {

    /** A right-to-left override: it reorders what a terminal or a spreadsheet shows. */
    private static final String REVERSED = "Zuid\u202EgrubmiL";
    private static final String RULE = "the control character \\u202E in text 'Zuid\\u202EgrubmiL'; remove it";
    /** The same rule for a table's cell, whose text is never shown (the file may be no table at all). */
    private static final String RULE_AT = "the control character \\u202E at character 5; remove it";

    private static final String AREAS = """
            name: Twee wijken
            years: {first: 2025, last: 2026, effectsUntil: 2027}
            domains:
              Wmo: {financier: gemeente}
            areas:
              table: %s
              columns:
                inwoners: {kind: count, unit: inwoners}
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
                      Wmo: {value: 500, source: test}
            """;

    @TempDir
    Path dir;

    @Test
    void theSameTextGetsTheSameAnswerWhateverItsWayIn() throws Exception {
        // A scenario file.
        Path file = Scenarios.write(dir, "s.yaml", Scenarios.BASE.replace("name: KPI test", "name: \"" + REVERSED + "\""));
        assertRefused(run(file), "error: " + file + ":1:7: name: " + RULE);
        // --set.
        Path base = Scenarios.write(dir, "base.yaml", Scenarios.BASE);
        assertRefused(run(base, "--set", "name=" + "\"Zuid\\u202EgrubmiL\""), "error: --set name=\"Zuid\\u202EgrubmiL\": " + RULE);
        // A cell of an area table, CSV and xlsx.
        Path csv = Scenarios.write(dir, "wijken.csv", "code,naam,gemeente,inwoners\nWK091701,Centrum,Heerlen,1000\n"
                + "WK093501,Noord," + REVERSED + ",2000\n");
        Path areas = Scenarios.write(dir, "areas.yaml", AREAS.formatted("wijken.csv"));
        assertRefused(run(areas), "error: " + csv + ":3:3: the area's gemeente: " + RULE_AT + " (area table of " + areas);
        Path xlsx = dir.resolve("wijken.xlsx");
        sheet(xlsx, new String[][] {{"code", "naam", "gemeente", "inwoners"}, {"WK091701", REVERSED, "Heerlen", "1000"}});
        Path areasXlsx = Scenarios.write(dir, "areas-xlsx.yaml", AREAS.formatted("{file: wijken.xlsx, sheet: Wijken}"));
        assertRefused(run(areasXlsx), "error: " + xlsx + ":2:2: sheet 'Wijken', cell B2: the area's name: " + RULE_AT);
        // A cell of a fromExcel workbook.
        Path tarieven = dir.resolve("tarieven.xlsx");
        sheet(tarieven, new String[][] {{"tarief", REVERSED}});
        Path fromExcel = Scenarios.write(dir, "excel.yaml", Scenarios.BASE.replace("Wmo: {value: 500, source: test}",
                "Wmo: {fromExcel: {file: tarieven.xlsx, sheet: Wijken, cell: B1}}"));
        assertRefused(run(fromExcel), "kernaanpakken.k.effects[0].amounts.Wmo.fromExcel.cell: " + tarieven
                + ", Wijken!B1: " + RULE);
    }

    @Test
    void aWorkbookCellOfThirtyThousandCharactersIsNotQuotedInFull() throws Exception {
        Path tarieven = dir.resolve("tarieven.xlsx");
        sheet(tarieven, new String[][] {{"tarief", "x".repeat(30_000)}});
        Path fromExcel = Scenarios.write(dir, "excel.yaml", Scenarios.BASE.replace("Wmo: {value: 500, source: test}",
                "Wmo: {fromExcel: {file: tarieven.xlsx, sheet: Wijken, cell: B1}}"));
        Cli.Result result = run(fromExcel);
        assertRefused(result, tarieven + ", Wijken!B1: a text of 30000 characters; the limit is 1000");
        assertThat(result.err().length()).isLessThan(1_000);
    }

    @Test
    void aDocumentIsOneDocumentInAFileAndAtAGitRevision() throws Exception {
        Path yaml = Scenarios.write(dir, "two.yaml", Scenarios.BASE + "---\nname: another plan\n");
        assertRefused(run(yaml), "error: " + yaml + ":20:1: a second YAML document (after '---'); expected one");
        Path json = Scenarios.write(dir, "two.json", "{\"name\": \"x\"} {\"name\": \"y\"}");
        assertRefused(run(json), "error: " + json + ":1:15: a second value after the end of the first; expected one");

        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path scenario = Scenarios.write(repo, "s.yaml", Scenarios.BASE + "---\nname: another plan\n");
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "base");
        Files.writeString(scenario, Scenarios.BASE);
        Cli.Result diff = Cli.run("diff", scenario.toString(), "--base-ref", "HEAD");
        assertRefused(diff, "error: HEAD:" + scenario + ":20:1: a second YAML document (after '---'); expected one");
    }

    @Test
    void nestingBeyondTheLimitIsAPlainProblemInYamlAndJson() throws Exception {
        Path yaml = Scenarios.write(dir, "deep.yaml", Scenarios.BASE + "description: " + "[".repeat(101)
                + "]".repeat(101) + "\n");
        assertRefused(run(yaml), "error: " + yaml + ":19:113: description" + "[0]".repeat(99)
                + ": maps and lists nested more than 100 levels deep (the limit on nesting)");
        Path json = Scenarios.write(dir, "deep.json", "{\"name\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}");
        Cli.Result result = run(json);
        assertRefused(result, "maps and lists nested more than 100 levels deep (the limit on nesting)");
        assertThat(result.err()).doesNotContain("StreamReadConstraints");
        // A hundred levels are within the limit.
        Path hundred = Scenarios.write(dir, "hundred.yaml", Scenarios.BASE + "description: " + "[".repeat(99)
                + "]".repeat(99) + "\n");
        assertThat(run(hundred).err()).contains("description: expected text, got a list");
    }

    @Test
    void aFileNameNeverSendsAnEscapeSequenceToStdout() throws Exception {
        // A file name is not text of the scenario, but it is input all the same: it is shown escaped.
        Path named = Scenarios.write(dir, "plan\u001B]0;title\u0007.yaml", Scenarios.BASE);
        Cli.Result validate = Cli.run("validate", named.toString());
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).isEqualTo(dir.resolve("plan\\u001B]0;title\\u0007.yaml") + ": valid (1 kernaanpak), "
                + "0 KPIs\n");
        Path other = Scenarios.write(dir, "other.yaml", Scenarios.BASE);
        Cli.Result run = Cli.run("run", named.toString(), other.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("== " + dir.resolve("plan\\u001B]0;title\\u0007.yaml") + " ==\n");
        assertThat(run.out().replace("\n", "")).doesNotContainPattern("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");
    }

    private Cli.Result run(Path scenario, String... more) {
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", dir.resolve("out").toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Exit 2, the message, nothing written, nothing on stdout, no raw control character anywhere. */
    private void assertRefused(Cli.Result result, String message) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(message).doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
        assertThat(result.err().replace("\n", "")).doesNotContainPattern("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private static void sheet(Path file, String[][] rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Wijken");
            for (int r = 0; r < rows.length; r++) {
                sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    String v = rows[r][c];
                    if (v.matches("[0-9]+")) {
                        sheet.getRow(r).createCell(c).setCellValue(Double.parseDouble(v));
                    } else {
                        sheet.getRow(r).createCell(c).setCellValue(v);
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor()).isZero();
    }
}
