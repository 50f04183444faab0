package nl.impact.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact diff SCENARIO --base-ref REF} reads the old version with git. */
class BaseRefTest {

    @TempDir
    Path dir;

    @Test
    void comparesAFileWithItsVersionAtARevision() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path scenario = Files.createDirectories(repo.resolve("scenarios")).resolve("s.yaml");
        Files.copy(Path.of("src/test/resources/diff/base.yaml"), scenario);
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "base");
        Files.copy(Path.of("src/test/resources/diff/new.yaml"), scenario, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Cli.Result diff = Cli.run("diff", scenario.toString(), "--base-ref", "HEAD", "--format", "markdown");
        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(3);
        // The same comparison as of the two files, apart from how the old version is named.
        String expected = Files.readString(Path.of("src/test/resources/diff/expected.md"))
                .replace("oud: `src/test/resources/diff/base.yaml`", "oud: `HEAD:" + scenario + "`")
                .replace("nieuw: `src/test/resources/diff/new.yaml`", "nieuw: `" + scenario + "`");
        assertThat(diff.out()).isEqualTo(expected);

        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-am", "new");
        assertThat(Cli.run("diff", scenario.toString(), "--base-ref", "HEAD").exitCode()).isZero();
        assertThat(Cli.run("diff", scenario.toString(), "--base-ref", "HEAD~1").exitCode()).isEqualTo(3);

        Cli.Result noRevision = Cli.run("diff", scenario.toString(), "--base-ref", "no-such-branch");
        assertThat(noRevision.exitCode()).isEqualTo(2);
        assertThat(noRevision.err()).contains("no-such-branch:" + scenario + ": no such revision in ");
        Path added = repo.resolve("scenarios/later.yaml");
        Files.copy(scenario, added);
        Cli.Result noFile = Cli.run("diff", added.toString(), "--base-ref", "HEAD");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("the file does not exist at revision HEAD");
    }

    @Test
    void aFileOutsideARepositoryIsInvalidInput() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("plain")).resolve("s.yaml");
        Files.copy(Path.of("src/test/resources/diff/base.yaml"), outside);
        // A temporary directory may itself lie in a repository; then this case cannot be made here.
        org.junit.jupiter.api.Assumptions.assumeTrue(run(outside.getParent(), "git", "rev-parse", "--git-dir") != 0);
        Cli.Result diff = Cli.run("diff", outside.toString(), "--base-ref", "HEAD");
        assertThat(diff.exitCode()).isEqualTo(2);
        assertThat(diff.err()).contains(outside + ": not in a git repository");
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        assertThat(run(repo, command.toArray(String[]::new))).isZero();
    }

    private static int run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

}
