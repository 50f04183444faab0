package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input is read through a bounded stream, whatever its size says, and a git blob's size is
 * asked before it is read; {@code --base-ref} reads the repository that holds the real file.
 */
class BoundedReadingTest {

    @TempDir
    Path dir;

    /**
     * /proc/self/pagemap is a regular file whose size says 0 and whose reading goes on for terabytes:
     * a reader that trusts the size never ends (or runs out of memory).
     */
    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFileLargerThanItsSizeSaysIsReadOnlyUpToTheLimit() {
        Path endless = Path.of("/proc/self/pagemap");
        Assumptions.assumeTrue(Files.isRegularFile(endless) && Files.isReadable(endless), "no /proc/self/pagemap");
        Cli.Result scenario = Cli.run("validate", endless.toString());
        assertThat(scenario.exitCode()).as(scenario.err()).isEqualTo(2);
        assertThat(scenario.err()).isEqualTo("error: " + endless + ": more than 10485760 bytes; the limit on scenario "
                + "files is 10485760 bytes\n1 problem found.\n");
        Cli.Result realisations = Cli.run("monitor", "scenarios/pluswijken.yaml", endless.toString());
        assertThat(realisations.exitCode()).as(realisations.err()).isEqualTo(2);
        assertThat(realisations.err()).isEqualTo("error: " + endless + ": more than 10485760 bytes; the limit on "
                + "realisations files is 10485760 bytes\n1 problem found.\n");
    }

    /** A 100 MB blob in a JVM of 48 MB: refused by its size before a byte of it is read. */
    @Test
    void aHugeBlobAtTheBaseRevisionIsRefusedBeforeItIsRead() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path scenario = repo.resolve("s.yaml");
        try (RandomAccessFile file = new RandomAccessFile(scenario.toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024);
        }
        git(repo, Map.of(), "init", "-q");
        git(repo, Map.of(), "-c", "core.compression=1", "add", "s.yaml");
        git(repo, Map.of(), "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "big");
        Files.writeString(scenario, Scenarios.BASE);
        Child child = impact(repo, Map.of(), "-Xmx48m", "diff", scenario.toString(), "--base-ref", "HEAD");
        assertThat(child.exitCode()).as(child.err()).isEqualTo(2);
        assertThat(child.err()).isEqualTo("error: HEAD:" + scenario + ": a file of 104857600 bytes at revision HEAD; "
                + "the limit on scenario files is 10485760 bytes\n1 problem found.\n");
    }

    /**
     * Through a symbolic link in one repository to a file in another, and with a GIT_DIR from a hook
     * that names the first: the old version is the real file's, in its own repository.
     */
    @Test
    void theBaseRevisionIsReadInTheRepositoryThatHoldsTheRealFile() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.copy(Path.of("src/test/resources/diff/base.yaml"), plans.resolve("s.yaml"));
        git(plans, Map.of(), "init", "-q");
        git(plans, Map.of(), "add", ".");
        git(plans, Map.of(), "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "base");
        Files.copy(Path.of("src/test/resources/diff/new.yaml"), plans.resolve("s.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createSymbolicLink(site.resolve("link.yaml"), plans.resolve("s.yaml"));
        // The site's history has a file at the same path, with other content: the wrong base.
        Files.copy(Path.of("src/test/resources/diff/new.yaml"), site.resolve("s.yaml"));
        git(site, Map.of(), "init", "-q");
        git(site, Map.of(), "add", ".");
        git(site, Map.of(), "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "site");

        Map<String, String> hook = Map.of("GIT_DIR", site.resolve(".git").toString(), "GIT_WORK_TREE", site.toString());
        Child child = impact(site, hook, "-Xmx256m", "diff", "link.yaml", "--base-ref", "HEAD", "--format", "markdown");
        assertThat(child.exitCode()).as(child.err()).isEqualTo(3);
        String expected = Files.readString(Path.of("src/test/resources/diff/expected.md"))
                .replace("oud: `src/test/resources/diff/base.yaml`", "oud: `HEAD:link.yaml`")
                .replace("nieuw: `src/test/resources/diff/new.yaml`", "nieuw: `link.yaml`");
        assertThat(child.out()).isEqualTo(expected);
    }

    @Test
    void aDirectoryOrALinkAtTheBaseRevisionIsNamedSo() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve("s.yaml"));
        Files.writeString(repo.resolve("s.yaml/x"), "x");
        Files.createSymbolicLink(repo.resolve("l.yaml"), Path.of("elders.yaml"));
        git(repo, Map.of(), "init", "-q");
        git(repo, Map.of(), "add", ".");
        git(repo, Map.of(), "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "odd");
        Files.delete(repo.resolve("s.yaml/x"));
        Files.delete(repo.resolve("s.yaml"));
        Files.delete(repo.resolve("l.yaml"));
        Files.writeString(repo.resolve("s.yaml"), Scenarios.BASE);
        Files.writeString(repo.resolve("l.yaml"), Scenarios.BASE);
        Cli.Result folder = Cli.run("diff", repo.resolve("s.yaml").toString(), "--base-ref", "HEAD");
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains(": at revision HEAD it is a directory, not a scenario file");
        Cli.Result link = Cli.run("diff", repo.resolve("l.yaml").toString(), "--base-ref", "HEAD");
        assertThat(link.exitCode()).isEqualTo(2);
        assertThat(link.err()).contains(": at revision HEAD it is a symbolic link, not a scenario file");
    }

    private record Child(int exitCode, String out, String err) {
    }

    /** impact in a JVM of its own, with {@code env} added to its environment. */
    private static Child impact(Path dir, Map<String, String> env, String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap, "-cp", System.getProperty("java.class.path"), "nl.impact.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        Path out = Files.createTempFile("impact", ".out");
        Path err = Files.createTempFile("impact", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("impact did not end within 120 s");
            }
            return new Child(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void git(Path repo, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
        builder.environment().putAll(env);
        assertThat(builder.start().waitFor()).isZero();
    }
}
