package nl.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line's edges (issue 21): completion offers the values an option accepts, as it accepts
 * them; fixed values are accepted in either case; a wrong value is one plain line, not a Java
 * exception and the whole usage; help at 80 columns never breaks a word, so an example copies whole.
 */
class CliEdgesTest {

    @TempDir
    Path dir;

    @Test
    void completionOffersTheValuesAsTheOptionsAcceptThem() throws Exception {
        assertThat(complete("./impact run x.yaml --csv-dialect ")).containsExactly("standard", "excel-nl");
        assertThat(complete("./impact run --csv-dialect ex")).containsExactly("excel-nl");
        assertThat(complete("./impact monitor --csv-dialect ")).containsExactly("standard", "excel-nl");
        assertThat(complete("./impact diff a.yaml --format ")).containsExactly("text", "markdown", "csv", "json");
        assertThat(complete("./impact man ")).contains("run", "simulate", "monitor", "diff", "completion");
        // Every value completion offers is accepted.
        for (String dialect : complete("./impact run --csv-dialect ")) {
            Cli.Result run = Cli.run("run", "scenarios/voorbeeldregio-valpreventie.yaml", "--csv-dialect", dialect,
                    "--check", dir.toString());
            assertThat(run.err()).doesNotContain("--csv-dialect");
        }
    }

    @Test
    void fixedValuesAreAcceptedInEitherCase() throws Exception {
        String scenario = "scenarios/voorbeeldregio-valpreventie.yaml";
        Cli.Result lower = Cli.run("run", scenario, "--csv-dialect", "excel-nl", "--out", dir.resolve("lower").toString());
        assertThat(lower.exitCode()).as(lower.err()).isZero();
        for (String spelling : List.of("EXCEL_NL", "Excel-NL", "excel_nl")) {
            Cli.Result other = Cli.run("run", scenario, "--csv-dialect", spelling, "--out", dir.resolve(spelling).toString());
            assertThat(other.exitCode()).as(other.err()).isZero();
            assertThat(Files.readAllBytes(dir.resolve(spelling).resolve("summary.csv")))
                    .isEqualTo(Files.readAllBytes(dir.resolve("lower/summary.csv")));
        }
        assertThat(Files.readString(dir.resolve("lower/summary.csv"), StandardCharsets.UTF_8)).contains(";").contains("\r\n");
        assertThat(Cli.run("run", scenario, "--csv-dialect", "STANDARD", "--out", dir.resolve("std").toString()).exitCode())
                .isZero();
        Cli.Result markdown = Cli.run("diff", scenario, "--set", "parameters.inwoners65plus.value=50000", "--format", "MARKDOWN");
        assertThat(markdown.exitCode()).as(markdown.err()).isEqualTo(ExitCodes.OUTPUTS_DIFFER);
        assertThat(markdown.out()).isEqualTo(Cli.run("diff", scenario, "--set", "parameters.inwoners65plus.value=50000",
                "--format", "markdown").out()).contains("| ");
        Cli.Result man = Cli.run("man", "RUN");
        assertThat(man.exitCode()).as(man.err()).isZero();
        assertThat(man.out()).contains("= impact-run(1)");
    }

    @Test
    void aWrongValueIsOnePlainLineAndWhereToReadMore() {
        assertPlain(Cli.run("run", "x.yaml", "--csv-dialect", "bogus"), "error: Invalid value for option '--csv-dialect': "
                + "'bogus' is not a CSV dialect; expected standard or excel-nl", "impact run");
        assertPlain(Cli.run("run", "x.yaml", "--draws", "abc"),
                "error: Invalid value for option '--draws': 'abc' is not a whole number", "impact run");
        assertPlain(Cli.run("simulate", "x.yaml", "--threads", "99999999999"), "error: Invalid value for option '--threads': "
                + "'99999999999' is out of range (-2,147,483,648 to 2,147,483,647)", "impact simulate");
        assertPlain(Cli.run("diff", "a.yaml", "b.yaml", "--tolerance", "x"), "error: Invalid value for option '--tolerance': "
                + "'x' is not a number (write a decimal point: 12.5)", "impact diff");
        assertPlain(Cli.run("run", "--nope", "x.yaml"), "error: Unknown option: '--nope'", "impact run");
        // A word where the command belongs: picocli said "Unmatched arguments from index 0: 'rnu', 'x.yaml'".
        assertPlain(Cli.run("rnu", "x.yaml"), "error: unknown command 'rnu'; the commands are run, simulate, validate, "
                + "monitor, diff, serve, calculators, schema, completion, man, help", "impact");
        assertPlain(Cli.run("simulate", "x.yaml", "--draws", "0"),
                "error: --draws must be from 1 to 1000000000, got 0", "impact simulate");
        // Text from the command line never reaches the terminal as an escape sequence.
        Cli.Result escape = Cli.run("run", "x.yaml", "--csv-dialect", "\u001b[31mred");
        assertThat(escape.err()).doesNotContain("\u001b").contains("\\u001B[31mred");
    }

    private static void assertPlain(Cli.Result result, String message, String command) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err().lines().toList()).as(result.err())
                .containsExactly(message, "Run '" + command + " --help' for its options and examples.");
        assertThat(result.out()).isEmpty();
    }

    /**
     * Help as a terminal of 80 columns shows it keeps every word whole: each word of the help laid out
     * without a width limit is a word of the help at 80 columns, no line is longer, and each example
     * line is printed as written.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "run", "simulate", "validate", "monitor", "diff", "calculators", "schema", "completion",
        "man"})
    void helpAt80ColumnsNeverBreaksAWord(String command) {
        String narrow = help(command, 80);
        assertThat(Cli.run(command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"}).out())
                .isEqualTo(narrow);
        Set<String> words = new java.util.HashSet<>(Arrays.asList(narrow.split("\\s+")));
        List<String> broken = Arrays.stream(help(command, 10_000).split("\\s+")).filter(w -> !words.contains(w)).toList();
        assertThat(broken).as(narrow).isEmpty();
        assertThat(narrow.lines().filter(l -> l.length() > 80)).as(narrow).isEmpty();
        CommandLine cli = commandLine(command);
        List<String> lines = narrow.lines().toList();
        assertThat(cli.getCommandSpec().usageMessage().footer()).isNotEmpty()
                .allSatisfy(example -> assertThat(lines).contains(example));
        // So is a command line in a description (diff lists its three forms).
        assertThat(cli.getCommandSpec().usageMessage().description()).filteredOn(l -> l.startsWith("  impact"))
                .allSatisfy(form -> assertThat(lines).contains(form));
        assertThat(narrow).contains("\nExamples:\n  # ");
    }

    private static String help(String command, int width) {
        return commandLine(command).setUsageHelpWidth(width).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    private static CommandLine commandLine(String command) {
        CommandLine root = Main.commandLine(command.isEmpty() ? new String[0] : new String[] {command});
        return command.isEmpty() ? root : root.getSubcommands().get(command);
    }

    /** What bash's completion of impact offers for {@code line} (ending in the word being completed). */
    private List<String> complete(String line) throws Exception {
        Path script = dir.resolve("impact-completion.bash");
        if (!Files.exists(script)) {
            Cli.Result completion = Cli.run("completion");
            assertThat(completion.exitCode()).isZero();
            Files.writeString(script, completion.out());
        }
        String[] words = line.endsWith(" ") ? (line + "''").split(" ") : line.split(" ");
        // compopt works only while bash completes a line: here a no-op.
        String program = "source \"$1\"; compopt() { :; }; COMP_WORDS=(" + String.join(" ", words) + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE=\"$2\"; COMP_POINT=${#COMP_LINE}; "
                + "_complete_impact " + words[0] + " \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"; "
                + "printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("bash", "-c", program, "bash", script.toString(), line)
                .redirectErrorStream(true).start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String printed = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.exitValue()).as(printed).isZero();
        return printed.lines().filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }
}
