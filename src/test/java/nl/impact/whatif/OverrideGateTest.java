package nl.impact.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code --set} value passes the gate the file passes: the text rule (no control characters, at most
 * 1,000 characters), each key once, one document, the limit on nesting; and it is one YAML scalar or
 * one map or list in flow style, nothing else. Whatever is refused is exit 2 with the override named,
 * nothing on stdout and nothing written.
 */
class OverrideGateTest {

    private static final Path PLUSWIJKEN = Path.of("scenarios", "pluswijken.yaml");

    @TempDir
    Path dir;

    @Test
    void escapesInADoubleQuotedValueNeverReachATerminalOrAWorkbook() {
        Map<String, String> refused = Map.of(
                "name=\"\\e]0;title\\a\"", "the control character \\u001B in text '\\u001B]0;title\\u0007'; remove it",
                "name=\"\\x1b[31mrood\"", "the control character \\u001B in text '\\u001B[31mrood'; remove it",
                "name=\"\\u202Eesrever\"", "the control character \\u202E in text '\\u202Eesrever'; remove it",
                "kernaanpakken.welzijn-op-recept.name=\"a\\0b\"", "the control character \\u0000 in text 'a\\u0000b'",
                "domains.Zvw.financier=\"\\x9b2J\"", "the control character \\u009B in text '\\u009B2J'",
                "name=\"\\uD800\"", "half a character (the lone surrogate \\uD800)");
        refused.forEach((set, message) -> {
            Path out = dir.resolve("out");
            Cli.Result run = Cli.run("run", PLUSWIJKEN.toString(), "--out", out.toString(), "--set", set);
            assertRefused(run, "error: --set " + set + ": " + message);
            assertThat(out).doesNotExist();
            for (String format : List.of("text", "csv", "markdown", "json")) {
                Cli.Result diff = Cli.run("diff", PLUSWIJKEN.toString(), "--format", format, "--set", set);
                assertRefused(diff, "error: --set " + set + ": " + message);
            }
        });
    }

    @Test
    void aRawControlCharacterInTheArgumentIsRefusedBeforeItIsRead() {
        Cli.Result run = Cli.run("run", PLUSWIJKEN.toString(), "--out", dir.resolve("out").toString(), "--set",
                "name=plan\rherschreven");
        assertRefused(run, "error: --set name=plan\\u000Dherschreven: the control character \\u000D in text "
                + "'name=plan\\u000Dherschreven'; remove it");
    }

    @Test
    void textBeyondTheLimitIsRefusedAsInTheFile() {
        String set = "name=\"" + "x".repeat(5_000) + "\"";
        assertRefused(Cli.run("run", PLUSWIJKEN.toString(), "--out", dir.resolve("out").toString(), "--set", set),
                ": a text of 5000 characters; the limit is 1000\n");
        // Forty thousand characters used to end in the spreadsheet library's cell limit (exit 1).
        String huge = "name=" + "x".repeat(40_000);
        assertRefused(Cli.run("run", PLUSWIJKEN.toString(), "--out", dir.resolve("out").toString(), "--set", huge),
                "error: --set name=" + "x".repeat(75) + "... (40005 characters): a --set of 40005 characters; "
                        + "the limit is 10000\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aDuplicatedKeyASecondDocumentAndABlockMapAreRefused() {
        String band = "kernaanpakken.welzijn-op-recept.clientenPerFte=";
        assertRefused(validate(band + "{min: 100, min: 140, max: 150}"), "error: --set " + band
                + "{min: 100, min: 140, max: 150}: kernaanpakken.welzijn-op-recept.clientenPerFte.min: 'min' is used twice\n");
        assertRefused(validate(band + "{min: 100, max: {a: 1, a: 2}}"), "clientenPerFte.max.a: 'a' is used twice\n");
        String oneValue = "; expected one value: a number, a text, or a map or list in flow style such as {min: 100, max: 140}";
        assertRefused(validate("name=plan\n---\nname: other"), "error: --set name=plan\\u000A---\\u000Aname: other: "
                + "a second YAML document in the value" + oneValue);
        assertRefused(validate("name=--- plan"), "a YAML document ('---') in the value" + oneValue);
        assertRefused(validate(band + "min: 100"), "a map or list in block style" + oneValue);
        assertRefused(validate(band + "- 100"), "a map or list in block style" + oneValue);
        assertRefused(validate("name=&a plan"), "an anchor (&a) in the value" + oneValue);
        assertRefused(validate("name=*a"), "an alias (*) in the value" + oneValue);
        assertRefused(validate("name=!!binary cGxhbg=="), "a tag (!) in the value" + oneValue);
        assertRefused(validate("name=[plan"), "the value is not valid YAML: ");
    }

    @Test
    void aFlowListReplacesAList() throws Exception {
        Path scenario = Scenarios.write(dir, "s.yaml", Scenarios.BASE);
        Path out = dir.resolve("out");
        Cli.Result run = Cli.run("run", scenario.toString(), "--out", out.toString(), "--set",
                "kernaanpakken.k.effects=[{name: saving, per: clients, timing: direct, "
                        + "amounts: {Zvw: {value: 2000, source: test}}}]");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // 100 clients in 2025 and 200 in 2026 at 2,000 each in Zvw; no Wmo any more.
        Csv effects = Csv.read(out.resolve("effects.csv"));
        assertThat(effects.sum("expected", Map.of("domain", "Zvw"))).isEqualByComparingTo("600000");
        assertThat(effects.sum("expected", Map.of("domain", "Wmo"))).isEqualByComparingTo("0");
    }

    @Test
    void deepPathsAndValuesEndInExitTwoWithAPlainMessage() {
        // Two thousand steps used to overflow the stack in the path's pattern (1,025 lines of trace).
        String indexes = "kernaanpakken" + "[0]".repeat(2_000);
        Cli.Result deep = validate(indexes + "=1");
        assertRefused(deep, "error: --set " + indexes + "=1: a path of 2001 steps; a scenario nests at most 100 levels "
                + "deep (the limit on nesting)\n");
        assertThat(deep.err().lines()).hasSize(2);
        String dots = String.join(".", java.util.Collections.nCopies(2_000, "k"));
        assertRefused(validate(dots + "=1"), "a path of 2000 steps; a scenario nests at most 100 levels deep");
        assertRefused(validate("description=" + "[".repeat(150) + "]".repeat(150)),
                "maps and lists nested more than 100 levels deep (the limit on nesting)\n");
    }

    private static Cli.Result validate(String set) {
        return Cli.run("validate", PLUSWIJKEN.toString(), "--set", set);
    }

    /** Exit 2, the message, nothing on stdout, and no control character on either stream. */
    static void assertRefused(Cli.Result result, String message) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(message).doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
        assertThat(result.err().replace("\n", "")).as("raw control characters")
                .doesNotContainPattern("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");
    }
}
