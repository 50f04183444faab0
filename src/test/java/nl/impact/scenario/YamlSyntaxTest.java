package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML mistakes in plain words (issue 21): what is wrong, on the line where the writer slipped (not
 * where the parser noticed), with that line shown and a caret under the place; never the parser's
 * terms ("expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'").
 */
class YamlSyntaxTest {

    /** Lines 1 to 7; the tests change one of them. */
    private static final String SCENARIO = """
            name: syntax
            years: {first: 2025, last: 2026}
            domains:
              Zvw:
                financier: zorgverzekeraar
              Wmo: {financier: gemeente}
            kernaanpakken: {}
            """;

    @TempDir
    Path dir;

    @Test
    void aKeyIndentedToNoMapsColumnNamesTheColumnsThatWould() throws IOException {
        assertError("  Wmo: {financier: gemeente}", "   Wmo: {financier: gemeente}", 6, 4,
                "'Wmo' starts in column 4, where no map above it has its keys: start it in the column of the keys it "
                        + "belongs with, 5 (as 'financier', line 5), 3 (as 'Zvw', line 4) or 1 (as 'domains', line 3)",
                "   Wmo: {financier: gemeente}", "   ^");
    }

    @Test
    void aKeyIndentedDeeperThanTheKeyAboveReadsAsItsValue() throws IOException {
        assertError("  Wmo: {financier: gemeente}", "     Wmo: {financier: gemeente}", 6, 6,
                "'Wmo' is indented more than 'financier' on line 5, so it reads as more of that key's value: start it "
                        + "in column 5, as 'financier' (or put a text that holds ': ' in quotes)",
                "     Wmo: {financier: gemeente}", "     ^");
    }

    @Test
    void aTabIsNamedAtTheTab() throws IOException {
        assertError("    financier: zorgverzekeraar", "\tfinancier: zorgverzekeraar", 5, 1,
                "a tab: YAML indents, and separates a key from its value, with spaces only; replace the tab with spaces",
                "\u2192financier: zorgverzekeraar", "^");
    }

    @Test
    void aKeyWithoutItsColonIsFoundOnItsOwnLineNotTheNext() throws IOException {
        // The parser notices on line 5; the colon is missing on line 4.
        assertError("  Zvw:\n", "  Zvw\n", 4, 6,
                "'Zvw' has no ':', so line 5 cannot start a key: a key ends in ':' followed by a space ('Zvw:')",
                "  Zvw", "     ^");
    }

    @Test
    void aColonWithoutASpaceIsFoundOnItsOwnLine() throws IOException {
        String text = SCENARIO.replace("    financier: zorgverzekeraar\n  Wmo: {financier: gemeente}",
                "    financier:zorgverzekeraar\n    note: x");
        assertThat(error(text)).isEqualTo(":5:15: not valid YAML: no space after ':': write 'financier: zorgverzekeraar' "
                + "(a key's ':' is followed by a space)\n"
                + "  5 |     financier:zorgverzekeraar\n"
                + "    |               ^\n");
    }

    @Test
    void aColonInsideAValueAsksForQuotes() throws IOException {
        assertError("    financier: zorgverzekeraar", "    financier: zorg: verzekeraar", 5, 20,
                "a ': ' inside a value: put the value in quotes (financier: \"zorg: verzekeraar\")",
                "    financier: zorg: verzekeraar", "                   ^");
    }

    @Test
    void aQuoteNotClosedIsNamedWhereItOpens() throws IOException {
        // At the end of the file, and with another quote further down that the parser pairs it with.
        assertError("kernaanpakken: {}", "kernaanpakken: \"{}", 7, 16,
                "this quote (\") is never closed: end the text with \" on this line", "kernaanpakken: \"{}",
                "               ^");
        String runsOn = SCENARIO.replace("    financier: zorgverzekeraar", "    financier: \"zorgverzekeraar")
                .replace("kernaanpakken: {}", "description: \"x\"");
        assertThat(error(runsOn)).isEqualTo(":5:16: not valid YAML: the text in quotes that starts here runs on to line "
                + "7: end it with \" on this line\n"
                + "  5 |     financier: \"zorgverzekeraar\n"
                + "    |                ^\n");
    }

    @Test
    void aBracketNotClosedIsNamedWhereItOpens() throws IOException {
        assertError("years: {first: 2025, last: 2026}", "years: {first: 2025, last: 2026", 2, 8,
                "this '{' is not closed on its line: end the map with '}'", "years: {first: 2025, last: 2026",
                "       ^");
    }

    @Test
    void aDuplicateKeyShowsItsLine() throws IOException {
        Path file = Scenarios.write(dir, "s.yaml", SCENARIO.replace("  Wmo: {", "  Zvw: {"));
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: " + file + ":6:3: domains.Zvw: 'Zvw' is used twice (first on line 4)\n"
                + "  6 |   Zvw: {financier: gemeente}\n"
                + "    |   ^\n");
    }

    @Test
    void aFileThatIsNoScenarioIsNeverShown() throws IOException {
        Path file = Scenarios.write(dir, "netrc", "machine example.org\n  login: secret: x\n");
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: " + file + ":2:8: not a scenario: not valid YAML here, before any of a "
                + "scenario's keys (its text is not shown)\n1 problem found.\n");
    }

    /** Replaces {@code from} by {@code to} and checks the one error: where, what, the line shown and the caret. */
    private void assertError(String from, String to, int line, int column, String message, String shown, String caret)
            throws IOException {
        assertThat(SCENARIO).contains(from);
        String gutter = "  " + line + " | ";
        assertThat(error(SCENARIO.replace(from, to))).isEqualTo(":" + line + ":" + column + ": not valid YAML: " + message
                + "\n" + gutter + shown + "\n" + " ".repeat(gutter.length() - 2) + "| " + caret + "\n");
    }

    /** What validate says after the file's name, without the count at the end. */
    private String error(String text) throws IOException {
        Path file = Scenarios.write(dir, "s.yaml", text);
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: " + file).endsWith("\n1 problem found.\n");
        return result.err().substring(("error: " + file).length(), result.err().length() - "1 problem found.\n".length());
    }
}
