package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets a clear message (file, line, column, path, what was expected), exit code 2, no
 * stack trace, and no output. Each case edits a copy of the default scenario.
 */
class ValidationTest {

    private static final Path DEFAULT = Path.of("scenarios/pluswijken.yaml");

    @TempDir
    Path dir;

    @Test
    void theDefaultScenarioIsValid() {
        Cli.Result result = Cli.run("validate", DEFAULT.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("valid (5 kernaanpakken)");
    }

    @Test
    void malformedYamlNamesLineAndColumn() throws IOException {
        Path file = edit("    fte:\n      perYear: {2025: 5, 2026: 10, 2027: 15}",
                "    fte:\n      perYear: {2025: 5, 2026: 10, 2027: 15\n");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains(file + ":").contains("not valid YAML");
        assertThat(result.err()).containsPattern(file.toString().replace("\\", "\\\\") + ":\\d+:\\d+: ");
    }

    @Test
    void aTabInTheIndentationIsLocatedAtTheTab() throws IOException {
        Path file = edit("    clientenPerFte:\n      value: 135", "    clientenPerFte:\n\t  value: 135");
        Cli.Result result = validate(file);
        int line = Files.readAllLines(file).indexOf("\t  value: 135") + 1;
        assertThat(result.err()).isEqualTo("error: " + file + ":" + line + ":1: not valid YAML: a tab: YAML indents, "
                + "and separates a key from its value, with spaces only; replace the tab with spaces\n"
                + "  " + line + " | \u2192  value: 135\n"
                + "  " + " ".repeat(String.valueOf(line).length()) + " | ^\n1 problem found.\n");
    }

    @Test
    void unknownCalculatorListsTheKnownOnes() throws IOException {
        Path file = edit("calculator: welzijn-op-recept", "calculator: welzijn-op-rcept");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains(located(file, "calculator: welzijn-op-rcept", "welzijn-op-rcept")
                + ": kernaanpakken.welzijn-op-recept.calculator: unknown calculator 'welzijn-op-rcept'; known: ")
                .contains("welzijn-op-recept");
    }

    @Test
    void unknownParameterNamesTheExpectedOnes() throws IOException {
        Path file = edit("    clientenPerFte:", "    clientsPerFte:");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains(located(file, "    clientsPerFte:", "clientsPerFte")
                + ": kernaanpakken.welzijn-op-recept.clientsPerFte: unknown parameter 'clientsPerFte' for calculator "
                + "'welzijn-op-recept'; expected one of fte, clientenPerFte");
        // ... and, being absent now, the real one is reported missing in the same run.
        assertThat(result.err()).contains("kernaanpakken.welzijn-op-recept: missing parameter 'clientenPerFte'");
    }

    @Test
    void wrongTypeSaysWhatWasExpected() throws IOException {
        Path file = edit("      value: 135", "      value: honderd");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains(located(file, "      value: honderd", "honderd")
                + ": kernaanpakken.welzijn-op-recept.clientenPerFte.value: expected a number, got text 'honderd'");
    }

    @Test
    void missingRequiredParameter() throws IOException {
        Path file = edit("    fte:\n      perYear: {2025: 5, 2026: 10, 2027: 15}\n"
                + "      source: {document: plan, section: \"4.b Impact kernaanpakken: Welzijn op Recept\", line: \"1775-1779\", "
                + "note: \"5 fte in 2025, 10 in 2026, 15 in 2027\"}\n", "");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains(located(file, "  welzijn-op-recept:", "welzijn-op-recept")
                + ": kernaanpakken.welzijn-op-recept: missing parameter 'fte' (a count (zero or more), fte: ");
    }

    @Test
    void negativeCountIsRefusedAtItsYear() throws IOException {
        Path file = edit("perYear: {2025: 5, 2026: 10, 2027: 15}", "perYear: {2025: 5, 2026: -10, 2027: 15}");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains(located(file, "2026: -10", "-10")
                + ": kernaanpakken.welzijn-op-recept.fte.perYear.2026: expected a count (zero or more), got -10");
    }

    @Test
    void fractionOutsideZeroToOne() throws IOException {
        Path file = edit("      value: 0.027", "      value: 2.7");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains(located(file, "      value: 2.7", "2.7")
                + ": kernaanpakken.pluspraktijken.verwijsreductie.value: expected a fraction from 0 to 1, got 2.7");
    }

    @Test
    void correctionFactorAboveOne() throws IOException {
        Path file = edit("          value: 1\n", "          value: 1.1\n");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains(
                "kernaanpakken.welzijn-op-recept.effects[0].correction.value: expected a fraction from 0 to 1, got 1.1");
    }

    @Test
    void formulaWithUnknownName() throws IOException {
        Path file = edit("formula: \"114 + 37 + 16\"", "formula: \"114 + 37 + zio\"");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains(located(file, "formula: \"114 + 37 + zio\"", "\"114")
                + ": kernaanpakken.pluspraktijken.bestaandePlusPraktijken.formula: unknown name 'zio'; known names: ");
    }

    @Test
    void formulaThatRefersToItself() throws IOException {
        Path file = edit("formula: \"114 + 37 + 16\"", "formula: \"114 + 37 + bestaandePlusPraktijken\"");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains("kernaanpakken.pluspraktijken.bestaandePlusPraktijken: "
                + "'bestaandePlusPraktijken' refers to itself");
    }

    @Test
    void formulasInACycle() throws IOException {
        // bestaandePlusPraktijken -> patienten -> plusPraktijken -> bestaandePlusPraktijken
        Path file = edit("formula: \"114 + 37 + 16\"", "formula: \"patienten / 3000\"");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains("kernaanpakken.pluspraktijken.bestaandePlusPraktijken: formulas refer to "
                + "each other in a cycle: bestaandePlusPraktijken -> patienten -> plusPraktijken -> "
                + "bestaandePlusPraktijken");
    }

    @Test
    void keyUsedTwice() throws IOException {
        Path file = edit("    clientenPerFte:\n", "    fte:\n      value: 1\n      source: twice\n    clientenPerFte:\n");
        Cli.Result result = validate(file);
        List<String> lines = Files.readAllLines(file);
        int first = lines.indexOf("    fte:") + 1;
        assertThat(result.err()).contains("kernaanpakken.welzijn-op-recept.fte: 'fte' is used twice (first on line "
                + first + ")");
    }

    @Test
    void nameUsedTwiceAcrossParameterAndFormula() throws IOException {
        Path file = edit("    calculator: welzijn-op-recept\n",
                "    calculator: welzijn-op-recept\n    formulas:\n      FTE: \"fte * 2\"\n");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains("kernaanpakken.welzijn-op-recept.formulas.FTE: the name 'FTE' is used twice "
                + "(also at kernaanpakken.welzijn-op-recept.fte)");
    }

    @Test
    void missingProvenance() throws IOException {
        Path file = edit("      source: {document: plan, section: \"4.b Impact kernaanpakken: Welzijn op Recept\", line: 1780, "
                + "note: \"135 cliënten per fte per jaar; 4.050 in totaal (regel 1781)\"}\n", "");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains("kernaanpakken.welzijn-op-recept.clientenPerFte: missing provenance: give "
                + "'source'");
    }

    @Test
    void unknownDomainInAnEffect() throws IOException {
        Path file = edit("          Wmo: {value: 1139,", "          WMO: {value: 1139,");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains("kernaanpakken.welzijn-op-recept.effects[1].amounts.WMO: unknown domain 'WMO'");
    }

    @Test
    void perYearValueMissingForAPlanYear() throws IOException {
        Path file = edit("perYear: {2025: 5, 2026: 10, 2027: 15}", "perYear: {2025: 5, 2027: 15}");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains("kernaanpakken.welzijn-op-recept.fte.perYear: missing a value for 2026");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws IOException {
        Path file = edit("      value: 0.027", "      value: 2.7");
        String text = Files.readString(file).replace("      value: 135", "      value: -135")
                .replace("calculator: doorbraakmethode", "calculator: doorbraak");
        Files.writeString(file, text);
        Cli.Result result = validate(file);
        assertThat(result.err()).contains("verwijsreductie.value: expected a fraction")
                .contains("clientenPerFte.value: expected a rate (zero or more), got -135")
                .contains("unknown calculator 'doorbraak'")
                .contains("3 problems found.");
    }

    @Test
    void aFormulaThatCannotBeComputedIsInvalidInput() throws IOException {
        Path file = edit("formula: \"762383 / 4380\"", "formula: \"762383 / (verwijsreductie - 0.027)\"");
        Cli.Result result = validate(file);
        assertThat(result.err()).contains("kernaanpakken.pluspraktijken.effects[0].amounts.Zvw.formula: formula "
                + "'762383 / (verwijsreductie - 0.027)' cannot be evaluated in 2025");
    }

    @Test
    void missingFileIsInvalidInput() {
        Cli.Result result = Cli.run("validate", dir.resolve("nope.yaml").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nope.yaml: file not found");
    }

    @Test
    void runWithInvalidInputWritesNothingAndKeepsEarlierOutput() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result good = Cli.run("run", DEFAULT.toString(), "--out", out.toString());
        assertThat(good.exitCode()).as(good.err()).isZero();
        byte[] before = Files.readAllBytes(out.resolve("effects.csv"));

        Path file = edit("      value: 0.027", "      value: 2.7");
        Cli.Result bad = Cli.run("run", file.toString(), "--out", out.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(Files.readAllBytes(out.resolve("effects.csv"))).isEqualTo(before);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
        Path fresh = dir.resolve("fresh");
        assertThat(Cli.run("run", file.toString(), "--out", fresh.toString()).exitCode()).isEqualTo(2);
        assertThat(fresh).doesNotExist();
    }

    @Test
    void noStackTraceUnlessDebug() throws IOException {
        Path file = edit("      value: 0.027", "      value: 2.7");
        assertThat(Cli.run("validate", file.toString()).err()).doesNotContain("\tat nl.impact");
        assertThat(Cli.run("validate", "--debug", file.toString()).err()).contains("\tat nl.impact");
    }

    private Cli.Result validate(Path file) {
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return result;
    }

    /** A copy of the default scenario with one piece of text replaced. */
    private Path edit(String from, String to) throws IOException {
        String text = Files.readString(DEFAULT, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        return file;
    }

    /** {@code file:line:column} of the first occurrence of {@code token} on the first line containing {@code line}. */
    private static String located(Path file, String line, String token) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(line.strip())) {
                return file + ":" + (i + 1) + ":" + (lines.get(i).indexOf(token) + 1);
            }
        }
        throw new AssertionError("no line contains " + line);
    }
}
