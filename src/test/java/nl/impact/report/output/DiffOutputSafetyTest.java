package nl.impact.report.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.cli.ExitCodes;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact diff --out FILE} follows the rules of every output (docs/outputs.md): it never
 * replaces an input, by whatever path it is named, nor a file impact did not write; it replaces an
 * empty file or an earlier diff report.
 */
class DiffOutputSafetyTest {

    private static final String SCENARIO = "scenarios/voorbeeldregio-valpreventie.yaml";

    @TempDir
    Path dir;

    private Path base;
    private Path next;
    private String baseText;

    @BeforeEach
    void scenarios() throws IOException {
        base = Files.copy(Path.of(SCENARIO), dir.resolve("base.yaml"));
        baseText = Files.readString(base);
        next = Files.writeString(dir.resolve("new.yaml"),
                baseText.replace("  inwoners65plus:\n    value: 40000\n", "  inwoners65plus:\n    value: 44000\n"));
        assertThat(Files.readString(next)).isNotEqualTo(baseText);
    }

    private static Cli.Result refused(String... args) {
        Cli.Result result = Cli.run(args);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
        return result;
    }

    @Test
    void neitherScenarioIsReplacedByTheReport() throws IOException {
        String nextText = Files.readString(next);
        assertThat(refused("diff", base.toString(), next.toString(), "--out", base.toString()).err())
                .contains("error: " + base + ": is the input " + base
                        + "; impact only replaces a file it wrote itself: choose another file");
        assertThat(refused("diff", base.toString(), next.toString(), "--out", next.toString()).err())
                .contains("error: " + next + ": is the input " + next);
        assertThat(refused("diff", base.toString(), "--set", "parameters.inwoners65plus.value=1", "--out",
                base.toString()).err()).contains(": is the input " + base);
        assertThat(base).hasContent(baseText);
        assertThat(next).hasContent(nextText);
        assertThat(OutputSafetyTest.names(dir)).containsExactly("base.yaml", "new.yaml");
    }

    @Test
    void theScenarioByAnotherPathIsStillTheScenario() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("deep/inner"));
        Path scenario = Files.copy(base, dir.resolve("deep/s.yaml"));
        // "link/../s.yaml" is deep/s.yaml to the operating system, but dir/s.yaml by its name alone.
        Path link = Files.createSymbolicLink(dir.resolve("link"), deep);
        Path symbolic = Files.createSymbolicLink(dir.resolve("s-link.yaml"), scenario);
        Path hard = Files.createLink(dir.resolve("s-hard.yaml"), scenario);
        for (String out : List.of(link + "/../s.yaml", dir + "/./deep/inner/../s.yaml", symbolic.toString(),
                hard.toString())) {
            assertThat(refused("diff", scenario.toString(), next.toString(), "--out", out).err()).as(out)
                    .contains(": is the input " + scenario);
        }
        assertThat(scenario).hasContent(baseText);
        assertThat(Files.isSymbolicLink(symbolic)).isTrue();
        assertThat(OutputSafetyTest.names(deep)).isEmpty();
    }

    @Test
    void theVersionAtAGitRevisionComesFromTheFileThatIsNotReplaced() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path scenario = Files.copy(base, repo.resolve("s.yaml"));
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "base");
        Files.copy(next, scenario, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String changed = Files.readString(scenario);
        assertThat(refused("diff", scenario.toString(), "--base-ref", "HEAD", "--out", scenario.toString()).err())
                .contains(": is the input " + scenario);
        assertThat(scenario).hasContent(changed);
    }

    @Test
    void aFileImpactDidNotWriteIsRefusedAndKept() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.md"), "# my notes\n");
        assertThat(refused("diff", base.toString(), next.toString(), "--format", "markdown", "--out", notes.toString())
                .err()).contains("error: " + notes + ": is a file that impact did not write (not an impact diff "
                        + "report); impact only replaces a file it wrote itself: choose a new name, or move the file "
                        + "away first");
        assertThat(notes).hasContent("# my notes\n");
        // An area table is such a file too: the report never lands on the data a scenario reads.
        Path table = Files.copy(Path.of("scenarios/pluswijken-wijken.csv"), dir.resolve("wijken.csv"));
        String tableText = Files.readString(table);
        refused("diff", base.toString(), next.toString(), "--format", "csv", "--out", table.toString());
        assertThat(table).hasContent(tableText);
    }

    @Test
    void anEmptyFileOrAnEarlierReportInAnyFormatIsReplaced() throws IOException {
        Path report = Files.createFile(dir.resolve("report.txt"));
        List<String> written = new ArrayList<>();
        for (String format : List.of("text", "markdown", "csv", "json", "text")) {
            Cli.Result result = Cli.run("diff", base.toString(), next.toString(), "--format", format,
                    "--out", report.toString());
            assertThat(result.exitCode()).as(format + ": " + result.err()).isEqualTo(ExitCodes.OUTPUTS_DIFFER);
            Cli.Result stdout = Cli.run("diff", base.toString(), next.toString(), "--format", format);
            assertThat(report).as(format).hasContent(stdout.out());
            written.add(stdout.out());
        }
        // The markdown of an unchanged result opens differently from a changed one: recognised too.
        Cli.Result same = Cli.run("diff", base.toString(), base.toString(), "--format", "markdown", "--out",
                report.toString());
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(Files.readString(report)).startsWith("**impact diff** · ");
        assertThat(Cli.run("diff", base.toString(), next.toString(), "--out", report.toString()).exitCode())
                .isEqualTo(ExitCodes.OUTPUTS_DIFFER);
        assertThat(report).hasContent(written.get(0));
        assertThat(OutputSafetyTest.names(dir)).containsExactly("base.yaml", "new.yaml", "report.txt");
    }

    @Test
    void aReportFollowsTheUmaskLikeAnyNewFile() throws IOException {
        Path report = dir.resolve("report.txt");
        Cli.run("diff", base.toString(), next.toString(), "--out", report.toString());
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
    }

    @Test
    void aDirectoryAFifoAndALinkAreCalledWhatTheyAre() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        assertThat(refused("diff", base.toString(), next.toString(), "--out", folder.toString()).err())
                .contains("error: " + folder + ": is a directory, not a file");
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(refused("diff", base.toString(), next.toString(), "--out", fifo.toString()).err())
                .contains("error: " + fifo + ": is a FIFO (named pipe), not a file");
        Path report = dir.resolve("report.txt");
        Cli.run("diff", base.toString(), next.toString(), "--out", report.toString());
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), report);
        assertThat(refused("diff", base.toString(), next.toString(), "--out", link.toString()).err())
                .contains("error: " + link + ": is a symbolic link; impact only replaces a file it wrote itself");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThat(refused("diff", base.toString(), next.toString(), "--out", notes + "/report.txt").err())
                .contains("error: " + notes + "/report.txt: cannot be made: " + notes + " is a file, not a directory");
        assertThat(notes).hasContent("mine");
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor()).isZero();
    }
}
