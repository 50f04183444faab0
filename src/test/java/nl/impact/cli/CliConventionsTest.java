package nl.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Help.Ansi;

/** Completion, man page, version, examples in help, one number format, colour only on a terminal. */
class CliConventionsTest {

    private static final String ESC = "\u001b";

    @TempDir
    Path dir;

    @Test
    void completionIsABashAndZshScriptThatBashLoads() throws Exception {
        Cli.Result result = Cli.run("completion");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_impact", "ZSH_VERSION", "bashcompinit")
                .contains("--csv-dialect", "_picocli_impact_run()", "_picocli_impact_monitor()",
                        "_picocli_impact_completion()", "_picocli_impact_man()");
        Path script = dir.resolve("impact-completion.bash");
        Files.writeString(script, result.out());
        // Loading the script in a real bash defines the completion function and registers it for impact.
        Process bash = new ProcessBuilder("bash", "-c", "source \"$1\" && complete -p impact", "bash", script.toString())
                .redirectErrorStream(true).start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String printed = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.exitValue()).as(printed).isZero();
        assertThat(printed).contains("-F _complete_impact").endsWith(" impact\n");
    }

    @Test
    void manPagesAreAsciiDocManPagesOfTheCommandModel() {
        Cli.Result impact = Cli.run("man");
        assertThat(impact.exitCode()).isZero();
        assertThat(impact.out()).contains(":doctype: manpage", "= impact(1)", "== Name", "== Synopsis",
                "*run*", "*monitor*", "*completion*", "Exit codes:");
        Cli.Result run = Cli.run("man", "run");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("= impact-run(1)", "*--csv-dialect*=_DIALECT_", "*--check*=_DIR_", "Examples:");
        Cli.Result unknown = Cli.run("man", "frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown command 'frobnicate'");
    }

    @Test
    void versionNamesTheVersionTheBuildAndTheJavaRuntime() {
        Cli.Result version = Cli.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("impact \\d+\\.\\d+\\.\\d+\\S* \\(build ([0-9a-f]{12}(-dirty)?|unknown), Java "
                + java.util.regex.Pattern.quote(System.getProperty("java.runtime.version")) + " .*\\)\\R");
        assertThat(VersionProvider.line("1.2.3", "${impact.build}")).startsWith("impact 1.2.3 (build unknown, Java ");
        assertThat(VersionProvider.line("1.2.3", "abcdef012345\n")).startsWith("impact 1.2.3 (build abcdef012345, Java ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "simulate", "validate", "monitor", "diff", "serve", "calculators", "schema", "completion", "man"})
    void everyHelpHasExamples(String command) {
        Cli.Result help = Cli.run(command, "--help");
        assertThat(help.exitCode()).isZero();
        // Each example a comment saying what it does, then the command: both copy into a shell as they are.
        assertThat(help.out()).containsPattern("\nExamples:\n  # [^\n]+\n  (\\./)?impact " + command).doesNotContain(ESC);
    }

    @Test
    void topLevelHelpHasExamplesThenExitCodes() {
        String help = Cli.run("--help").out();
        assertThat(help).contains("Examples:\n  # compute a scenario, write out/pluswijken/\n  impact run scenarios/pluswijken.yaml\n")
                .contains("\nExit codes:\n  0  success\n").doesNotContain(ESC);
        assertThat(help.indexOf("Examples:")).isLessThan(help.indexOf("Exit codes:"));
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertThat(Colour.ansi(Map.of(), true)).isEqualTo(Ansi.AUTO);
        assertThat(Colour.ansi(Map.of(), false)).isEqualTo(Ansi.OFF);
        assertThat(Colour.ansi(Map.of("NO_COLOR", "1"), true)).isEqualTo(Ansi.OFF);
        assertThat(Colour.ansi(Map.of("NO_COLOR", ""), true)).isEqualTo(Ansi.AUTO);
    }

    /** Every console number goes through one format, whatever the machine's locale. */
    @Test
    void consoleNumbersAreTheSameInEveryLocale() {
        Locale saved = Locale.getDefault();
        try {
            Cli.Result root = runAll(Locale.ROOT);
            assertThat(root.out()).contains("20,291,000").contains("2025-2029");
            for (Locale locale : new Locale[] {Locale.GERMANY, new Locale("nl", "NL"), new Locale("ar", "EG"),
                new Locale("hi", "IN")}) {
                Cli.Result other = runAll(locale);
                assertThat(other.out()).as(locale.toString()).isEqualTo(root.out());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    private Cli.Result runAll(Locale locale) {
        Locale.setDefault(locale);
        Cli.Result run = Cli.run("run", "scenarios/pluswijken.yaml", "--out", dir.resolve(locale.toString() + "x").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Cli.Result monitor = Cli.run("monitor", "scenarios/pluswijken.yaml",
                "scenarios/pluswijken-realisations-2027-twice-below.csv", "--out", dir.resolve(locale + "m").toString());
        Cli.Result validate = Cli.run("validate", "scenarios/pluswijken.yaml");
        return new Cli.Result(run.exitCode(), run.out() + monitor.out() + validate.out(), "");
    }
}
