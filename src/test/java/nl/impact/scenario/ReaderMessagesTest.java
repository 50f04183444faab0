package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers' messages in plain words: no library's class names or texts, the right noun for what
 * was found where a file was expected (a directory, a named pipe, which must never block the reading),
 * the advice for a table that is not UTF-8, plurals right.
 */
class ReaderMessagesTest {

    private static final String HEADER = "code,naam,gemeente,inwoners\n";

    /** A scenario with its area table {@code %s} and a workbook value from {@code %s}. */
    private static final String SCENARIO = """
            name: Woorden
            years: {first: 2025, last: 2026}
            domains:
              Zvw: {financier: zorgverzekeraar}
            areas:
              table: %s
              columns:
                inwoners: {kind: count}
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
                      Zvw: %s
            """;

    @TempDir
    Path dir;

    @Test
    void aTableThatIsNotUtf8GetsTheAdviceToSaveItAsCsvUtf8() throws Exception {
        Files.write(dir.resolve("wijken.csv"), (HEADER + "WK091701,Centr\u00e9,Heerlen,1000\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli.Result result = refused(areas("wijken.csv"));
        assertThat(result.err()).isEqualTo("error: " + dir.resolve("wijken.csv") + ": not UTF-8 text: save the table as "
                + "CSV UTF-8 (area table of " + dir.resolve("s.yaml") + ":6:10 (areas.table))\n1 problem found.\n");
    }

    @Test
    void aQuoteProblemInACsvIsLocatedInPlainWords() throws Exception {
        Files.writeString(dir.resolve("wijken.csv"), HEADER + "WK091701,Centrum,Heerlen,1000\nWK093501,\"Noord\"x,"
                + "Maastricht,2000\n");
        Cli.Result table = refused(areas("wijken.csv"));
        assertThat(table.err()).contains(dir.resolve("wijken.csv") + ":3:1: text follows a closing quote (\") in this "
                + "record: put the whole field in quotes and write a quote inside it as two (\"\")");
        Path realisations = Scenarios.write(dir, "r.csv", "kpi,year,realised\nkpi-4-zorgkloof,\"2025\"x,1\n");
        Cli.Result monitor = Cli.run("monitor", "scenarios/pluswijken.yaml", realisations.toString());
        assertThat(monitor.exitCode()).isEqualTo(2);
        assertThat(monitor.err()).isEqualTo("error: " + realisations + ":2:1: text follows a closing quote (\") in this "
                + "record: put the whole field in quotes and write a quote inside it as two (\"\")\n1 problem found.\n");
    }

    @Test
    void aDamagedWorkbookGetsNoLibraryText() throws Exception {
        // An xlsx whose XML declares a DOCTYPE: the XML library refuses it, in its own words.
        Path workbook = dir.resolve("w.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(workbook))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"/>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        String plain = "not a readable Excel workbook (.xlsx): open it in Excel or LibreOffice and save it as .xlsx";
        Cli.Result table = refused(areas("{file: w.xlsx, sheet: Wijken}"));
        assertThat(table.err()).contains(workbook + ": " + plain + " (area table of");
        Files.writeString(dir.resolve("wijken.csv"), HEADER + "WK091701,Centrum,Heerlen,1000\n");
        Cli.Result value = refused(Scenarios.write(dir, "s.yaml", SCENARIO.formatted("wijken.csv",
                "{fromExcel: {file: w.xlsx, sheet: Blad1, cell: A1}}")));
        assertThat(value.err()).contains("fromExcel.file: " + workbook + ": " + plain + "\n");
        Cli.Result monitor = Cli.run("monitor", "scenarios/pluswijken.yaml", workbook.toString());
        assertThat(monitor.exitCode()).isEqualTo(2);
        assertThat(monitor.err()).isEqualTo("error: " + workbook + ": " + plain + "\n1 problem found.\n");
        for (Cli.Result result : List.of(table, value, monitor)) {
            assertThat(result.err()).doesNotContain("DOCTYPE").doesNotContain("Exception").doesNotContain("org.apache");
        }
    }

    @Test
    void aDirectoryWhereAFileIsExpectedIsCalledADirectory() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("map.csv"));
        Files.createDirectories(dir.resolve("map.xlsx"));
        assertThat(noun(folder)).allSatisfy(err -> assertThat(err).contains("a directory, not a file"));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeIsCalledOneAndNeverBlocksTheReading() throws Exception {
        Path pipe = dir.resolve("pipe.csv");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString(), dir.resolve("pipe.xlsx").toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no mkfifo on this system");
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        assertThat(noun(pipe)).allSatisfy(err -> assertThat(err).contains("a named pipe (FIFO), not a file"));
    }

    /**
     * What each reader says of {@code path} (and of the same name with .xlsx) named as an area table,
     * a workbook, realisations, a scenario and a scenario at a revision.
     */
    private List<String> noun(Path path) throws Exception {
        String name = path.getFileName().toString();
        String xlsx = name.replace(".csv", ".xlsx");
        Files.writeString(dir.resolve("wijken.csv"), HEADER + "WK091701,Centrum,Heerlen,1000\n");
        List<String> errs = new ArrayList<>();
        errs.add(refused(areas(name)).err());
        errs.add(refused(Scenarios.write(dir, "s.yaml", SCENARIO.formatted("wijken.csv",
                "{fromExcel: {file: " + xlsx + ", sheet: Blad1, cell: A1}}"))).err());
        for (String realisations : List.of(name, xlsx)) {
            Cli.Result monitor = Cli.run("monitor", "scenarios/pluswijken.yaml", dir.resolve(realisations).toString());
            assertThat(monitor.exitCode()).isEqualTo(2);
            errs.add(monitor.err());
        }
        for (String[] args : List.of(new String[] {"validate", path.toString()},
                new String[] {"diff", path.toString(), "--base-ref", "HEAD"})) {
            Cli.Result result = Cli.run(args);
            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            errs.add(result.err());
        }
        assertThat(errs).noneSatisfy(err -> assertThat(err).contains("file not found"));
        return errs;
    }

    @Test
    void countsOfOneAreSingular() throws Exception {
        Files.writeString(dir.resolve("wijken.csv"), HEADER + "WK091701,Centrum,Heerlen,1000\n");
        Path scenario = areas("wijken.csv");
        Cli.Result validate = Cli.run("validate", scenario.toString());
        assertThat(validate.out()).isEqualTo(scenario + ": valid (1 kernaanpak), 0 KPIs\n");
        Cli.Result run = Cli.run("run", scenario.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\n1 area in 1 gemeente\n");
        Files.writeString(dir.resolve("wijken.csv"), HEADER + "WK091701,Centrum,Heerlen,1000\n"
                + "WK091702,Zuid,Heerlen,1000\n");
        assertThat(Cli.run("run", scenario.toString(), "--out", dir.resolve("out2").toString()).out())
                .contains("\n2 areas in 1 gemeente\n");
    }

    private Path areas(String table) throws Exception {
        return Scenarios.write(dir, "s.yaml", SCENARIO.formatted(table, "{value: 1000, source: test}"));
    }

    private static Cli.Result refused(Path scenario) {
        Cli.Result result = Cli.run("validate", scenario.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("org.apache");
        return result;
    }
}
