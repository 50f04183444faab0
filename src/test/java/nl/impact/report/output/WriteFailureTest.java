package nl.impact.report.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.impact.cli.ExitCodes;
import nl.impact.testing.Child;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target the file system will not take (read-only, full, a file where a directory should be)
 * gets exit 2 and a plain sentence, never a Java class name; the outputs already there stay as they
 * were and nothing half-written is left (docs/outputs.md, "When the file system refuses").
 */
class WriteFailureTest {

    private static final String SCENARIO = "scenarios/voorbeeldregio-valpreventie.yaml";
    private static final String REALISATIONS = "scenarios/pluswijken-realisations-2026.csv";

    @TempDir
    Path dir;

    private static Cli.Result refused(Cli.Result result) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).doesNotContain("Exception").doesNotContainPattern("java\\.(lang|io|nio|util)(\\.[a-z]+)*\\.[A-Z]")
                .doesNotContain("\tat ").doesNotContain("unexpected failure");
        return result;
    }

    @Test
    void aFileWhereADirectoryShouldBeIsSaidPlainlyByEveryCommand() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
        String expected = ": cannot be made: " + notes + " is a file, not a directory";
        Path out = notes.resolve("out");
        assertThat(refused(Cli.run("run", SCENARIO, "--out", out.toString())).err()).contains("error: " + out + expected);
        assertThat(refused(Cli.run("simulate", SCENARIO, "--draws", "10", "--out", out.toString())).err())
                .contains("error: " + out + expected);
        assertThat(refused(Cli.run("monitor", "scenarios/pluswijken.yaml", REALISATIONS, "--out", out.toString())).err())
                .contains("error: " + out + expected);
        assertThat(refused(Cli.run("diff", SCENARIO, "--out", out.toString())).err()).contains("error: " + out + expected);
        assertThat(notes).hasContent("mine");
        assertThat(OutputSafetyTest.names(dir)).containsExactly("notes.txt");
    }

    @Test
    void aDirectoryImpactMayNotWriteInIsRefusedBeforeAnyWork() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Path earlier = Cli.runInto(Path.of(SCENARIO), locked.resolve("earlier"));
        Map<String, String> outputs = contents(earlier);
        lock(locked);
        try {
            Path out = locked.resolve("out");
            String expected = ": cannot be written: the directory " + locked + " does not let impact write in it "
                    + "(no write permission)";
            assertThat(refused(Cli.run("run", SCENARIO, "--out", out.toString())).err())
                    .contains("error: " + out + expected);
            assertThat(refused(Cli.run("run", SCENARIO, "--out", earlier.toString())).err())
                    .contains("error: " + earlier + expected);
            assertThat(refused(Cli.run("simulate", SCENARIO, "--draws", "10", "--out", out.toString())).err())
                    .contains("error: " + out + expected);
            assertThat(refused(Cli.run("monitor", "scenarios/pluswijken.yaml", REALISATIONS, "--out", out.toString()))
                    .err()).contains("error: " + out + expected);
            Path report = locked.resolve("diff.txt");
            assertThat(refused(Cli.run("diff", SCENARIO, "--out", report.toString())).err())
                    .contains("error: " + report + expected);
        } finally {
            unlock(locked);
        }
        assertThat(OutputSafetyTest.names(locked)).containsExactly("earlier");
        assertThat(contents(earlier)).isEqualTo(outputs);
    }

    @Test
    void aWriteThatFailsHalfwayKeepsTheOldOutputsAndLeavesNothing() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("work"));
        Path out = Cli.runInto(Path.of(SCENARIO), parent.resolve("out"));
        Map<String, String> outputs = contents(out);
        // bijlage 1 takes some 40 kB: a limit of 20 blocks (10 or 20 kB) fails its write, as a full disk would.
        Cli.Result result = limited("run", SCENARIO, "--out", out.toString());
        assertThat(refused(result).err()).contains("error: " + out + ": cannot be written: the file grew larger "
                + "than the file system or a limit on file size allows; the outputs already there are kept as they were");
        assertThat(contents(out)).isEqualTo(outputs);
        assertThat(OutputSafetyTest.names(parent)).containsExactly("out");

        Path fresh = parent.resolve("fresh");
        assertThat(refused(limited("run", SCENARIO, "--out", fresh.toString())).err())
                .contains("error: " + fresh + ": cannot be written: ").contains("; nothing was written");
        assertThat(OutputSafetyTest.names(parent)).containsExactly("out");

        Path simulation = parent.resolve("simulation");
        assertThat(refused(limited("simulate", SCENARIO, "--draws", "20000", "--export-draws", "--out",
                simulation.toString())).err()).contains("error: " + simulation + ": cannot be written: ");
        assertThat(OutputSafetyTest.names(parent)).containsExactly("out");

        assertThat(refused(limited("run", SCENARIO, "--check", out.toString())).err())
                .contains("error: " + dir.resolve("tmp") + ": cannot be written: ");
        assertThat(dir.resolve("tmp")).isEmptyDirectory();
        assertThat(contents(out)).isEqualTo(outputs);
    }

    @Test
    void aDiskFullWhileSwappingPutsTheOldOutputsBack() throws IOException {
        Path parent = Files.createDirectories(dir.resolve("work"));
        Path out = Cli.runInto(Path.of(SCENARIO), parent.resolve("out"));
        Map<String, String> outputs = contents(out);
        for (String moment : List.of("outputs-filled", "moving-in")) {
            Cli.Result result = withDiskFullAt(moment, "run", SCENARIO, "--csv-dialect", "excel-nl", "--out",
                    out.toString());
            assertThat(refused(result).err()).as(moment).contains("error: " + out + ": cannot be written: the file "
                    + "system is full (no space left on the device); the outputs already there are kept as they were");
            assertThat(contents(out)).as(moment).isEqualTo(outputs);
            assertThat(OutputSafetyTest.names(parent)).as(moment).containsExactly("out");
        }
    }

    @Test
    void aDiskFullWhileWritingADiffReportKeepsTheEarlierOne() throws IOException {
        Path report = dir.resolve("report.md");
        Cli.run("diff", SCENARIO, "--format", "markdown", "--out", report.toString());
        String earlier = Files.readString(report);
        Cli.Result result = withDiskFullAt("file-written", "diff", SCENARIO, "--set",
                "parameters.inwoners65plus.value=1", "--out", report.toString());
        assertThat(refused(result).err()).contains("error: " + report + ": cannot be written: the file system is full "
                + "(no space left on the device); the file is kept as it was");
        assertThat(report).hasContent(earlier);
        assertThat(OutputSafetyTest.names(dir)).containsExactly("report.md");
    }

    @Test
    void aTemporaryFolderThatIsFullIsSaidForCheck() throws IOException {
        Path out = Cli.runInto(Path.of(SCENARIO), dir.resolve("out"));
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        String before = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", temporary.toString());
        try {
            Cli.Result result = withDiskFullAt("scratch-made", "run", SCENARIO, "--check", out.toString());
            assertThat(refused(result).err()).contains("error: " + temporary + ": cannot be written: the file system "
                    + "is full (no space left on the device); the outputs are computed there to be compared");
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
        assertThat(temporary).isEmptyDirectory();
    }

    private Cli.Result limited(String... args) throws Exception {
        Files.createDirectories(dir.resolve("tmp"));
        return Child.run(dir.resolve("logs"), 20, List.of("-Djava.io.tmpdir=" + dir.resolve("tmp")), args);
    }

    private static Cli.Result withDiskFullAt(String moment, String... args) {
        System.setProperty("impact.diskFullAt", moment);
        try {
            return Cli.run(args);
        } finally {
            System.clearProperty("impact.diskFullAt");
        }
    }

    /**
     * Makes {@code directory} one nobody may write in: without write permission, or, for root (whom
     * permissions do not stop), immutable. Skips only where neither can be made.
     */
    private static void lock(Path directory) throws Exception {
        if (!isRoot(directory)) {
            Files.setPosixFilePermissions(directory, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
            return;
        }
        int status = run("chattr", "+i", directory.toString());
        Assumptions.assumeTrue(status == 0, "running as root, where only an immutable directory (chattr +i) "
                + "refuses writes, and chattr is not available here");
    }

    private static void unlock(Path directory) throws Exception {
        if (isRoot(directory)) {
            run("chattr", "-i", directory.toString());
        } else {
            Files.setPosixFilePermissions(directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean isRoot(Path directory) throws IOException {
        return ((Integer) Files.getAttribute(directory, "unix:uid")) == 0
                && "root".equals(System.getProperty("user.name"));
    }

    private static int run(String... command) throws Exception {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }

    private static Map<String, String> contents(Path directory) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(directory.relativize(file).toString().replace(File.separatorChar, '/'),
                        new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }
}
