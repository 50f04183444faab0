package nl.impact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed realisations file gets exit 2, the place and what was expected, no stack trace
 * and no monitor.csv; a file of very many bad rows prints the first problems and how many more.
 */
class MalformedRealisationsTest {

    private static final String SCENARIO = "scenarios/pluswijken.yaml";
    private static final String HEADER = "kpi,year,realised,correction,note\n";

    @TempDir
    Path dir;

    private Cli.Result refused(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("monitor", SCENARIO, file.toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        return result;
    }

    private Cli.Result refused(String name, String content) throws IOException {
        return refused(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void anUnbalancedQuoteIsLocatedAtItsRecord() throws IOException {
        Cli.Result result = refused("quote.csv", HEADER + "kpi-4-zorgkloof,2025,50,,\nkpi-4-zorgkloof,2026,\"50,,\n");
        assertThat(result.err()).isEqualTo("error: " + file("quote.csv") + ":3:1: a quote (\") opened in this record is "
                + "never closed\n1 problem found.\n");
    }

    @Test
    void binaryJunkIsRefused() throws IOException {
        Cli.Result notUtf8 = refused("junk.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, (byte) 0xC3, 0x28});
        assertThat(notUtf8.err()).isEqualTo("error: " + file("junk.csv") + ": not UTF-8 text; save the CSV as UTF-8\n"
                + "1 problem found.\n");
        Cli.Result controls = refused("controls.csv", HEADER + "kpi-4-zorgkloof,2025,50,,a\u0000\u001b[2J\n");
        assertThat(controls.err()).isEqualTo("error: " + file("controls.csv") + ":2:26: note: the control character "
                + "\\u0000 at character 2; remove it\n1 problem found.\n");
    }

    @Test
    void aBadWorkbookIsRefused() throws IOException {
        Cli.Result result = refused("bad.xlsx", "PK\u0003\u0004 not really a zip");
        assertThat(result.err()).startsWith("error: " + file("bad.xlsx") + ": not a readable Excel workbook (.xlsx): ")
                .endsWith("\n1 problem found.\n");
    }

    @Test
    void numbersOfMillionsOfDigitsAreRefusedWithoutParsingThem() throws IOException {
        Cli.Result result = refused("huge.csv", HEADER + "kpi-4-zorgkloof,2025," + "9".repeat(2_000_000) + ",,\n"
                + "kpi-4-zorgkloof,2026,1e999999999,,\n");
        // The text gate of all input refuses the cell by its length before it is read as a number.
        assertThat(result.err()).isEqualTo("error: " + file("huge.csv") + ":2:22: realised: a text of 2000000 "
                + "characters; the limit is 1000\n"
                + "error: " + file("huge.csv") + ":3:22: realised: expected a number from -1e15 to 1e15 (the limit on "
                + "magnitudes), got 1E+999999999\n2 problems found.\n");
    }

    @Test
    void escapeSequencesInQuotedValuesNeverReachTheTerminal() throws IOException {
        Cli.Result result = refused("escape.csv", HEADER + "kpi-\u001b]0;pwned\u0007,2025,50,,\n");
        assertThat(result.err()).doesNotContain("\u001b").doesNotContain("pwned")
                .contains(":2:1: kpi: the control character \\u001B at character 5; remove it");
    }

    @Test
    void manyBadRowsPrintTheFirstProblemsAndHowManyMore() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 200_000; i++) {
            csv.append("unknown-").append(i).append(",2025,1,,\n");
        }
        Cli.Result result = refused("many.csv", csv.toString());
        assertThat(result.err().lines().filter(l -> l.startsWith("error: "))).hasSize(50);
        assertThat(result.err()).startsWith("error: " + file("many.csv") + ":2:1: kpi: not one of the scenario's "
                + "KPIs (")
                .endsWith("\n... and 199950 more problems.\n200000 problems found.\n");
        assertThat(result.err().length()).isLessThan(50_000);
    }

    @Test
    void aFileBeyondTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("big.csv");
        Files.writeString(file, HEADER + "#".repeat(11 * 1024 * 1024) + "\n");
        Cli.Result result = refused("big.csv", Files.readAllBytes(file));
        assertThat(result.err()).isEqualTo("error: " + file + ": a file of " + Files.size(file) + " bytes; the limit on "
                + "realisations files is 10485760 bytes\n1 problem found.\n");
    }
}
