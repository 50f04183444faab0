package nl.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the README and docs/report.md say the command line does, done as they say it (issue 21). */
class CliDocsTest {

    @TempDir
    Path dir;

    /**
     * The README's completion line, run as written in a folder like a fresh clone: {@code ./impact}
     * there, no {@code impact} on the PATH. It must register the completion, and completing a line
     * that starts with {@code ./impact} must offer the dialects.
     */
    @Test
    void theReadmesCompletionLineWorksInAFreshClone() throws Exception {
        Matcher line = Pattern.compile("`(source <\\([^`]*completion\\))`").matcher(Files.readString(Path.of("README.md")));
        assertThat(line.find()).as("the README gives a completion line").isTrue();
        Path launcher = dir.resolve("impact");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' nl.impact.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        String program = "PATH=/usr/bin:/bin; command -v impact && exit 9; " + line.group(1) + " || exit 8; "
                + "complete -p impact; compopt() { :; }; "
                + "COMP_WORDS=(./impact run x.yaml --csv-dialect ''); COMP_CWORD=4; COMP_LINE='./impact run x.yaml --csv-dialect '; "
                + "COMP_POINT=${#COMP_LINE}; _complete_impact ./impact '' --csv-dialect; echo \"offered: ${COMPREPLY[*]}\"";
        Process bash = new ProcessBuilder("bash", "-c", program).directory(dir.toFile()).redirectErrorStream(true).start();
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.exitValue()).as(printed).isZero();
        assertThat(printed).contains("-F _complete_impact").contains("offered: standard excel-nl");
    }

    /** The README's validate example is what validate prints for the file the README describes. */
    @Test
    void theReadmesValidateExampleIsWhatValidatePrints() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher example = Pattern.compile("```\\n\\$ \\./impact validate my\\.yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(example.find()).isTrue();
        assertThat(readme).contains("`my.yaml` is `scenarios/pluswijken.yaml` with `clientenPerFte` set to -135");
        String scenario = Files.readString(Path.of("scenarios/pluswijken.yaml"));
        String changed = scenario.replaceFirst("(clientenPerFte:\\n\\s+value: )135\\n", "$1-135\n");
        assertThat(changed).isNotEqualTo(scenario);
        Path my = Files.writeString(dir.resolve("my.yaml"), changed);
        Cli.Result validate = Cli.run("validate", my.toString());
        assertThat(validate.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(validate.err().replace(my.toString(), "my.yaml")).isEqualTo(example.group(1));
    }

    /** docs/report.md's table of sections names the commands that write the uncertainty section, which they do. */
    @Test
    void reportDocsNameTheCommandsThatWriteTheUncertaintySection() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("docs/report.md")).stream()
                .filter(l -> l.startsWith("| Onzekerheid |")).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).contains("`impact run --draws`", "`impact simulate`").doesNotContain("no command");
        Cli.Result run = Cli.run("run", "scenarios/voorbeeldregio-valpreventie.yaml", "--draws", "20", "--out",
                dir.resolve("run").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Cli.Result simulate = Cli.run("simulate", "scenarios/voorbeeldregio-valpreventie.yaml", "--draws", "20", "--out",
                dir.resolve("simulate").toString());
        assertThat(simulate.exitCode()).as(simulate.err()).isZero();
        for (String folder : List.of("run", "simulate")) {
            assertThat(Files.readString(dir.resolve(folder).resolve("report.html"))).contains("id=\"onzekerheid-kop\">Onzekerheid</h2>");
        }
    }
}
