package nl.impact.report.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import nl.impact.cli.ExitCodes;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} never destroys what impact did not write (docs/outputs.md, "Where outputs go"). */
class OutputSafetyTest {

    private static final String SCENARIO = "scenarios/voorbeeldregio-valpreventie.yaml";

    @TempDir
    Path dir;

    private static Cli.Result refused(String... args) {
        Cli.Result result = Cli.run(args);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return result;
    }

    @Test
    void theDirectoryHoldingTheScenarioIsRefusedAndLeftAsItIs() throws IOException {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Path scenario = Files.copy(Path.of(SCENARIO), scenarios.resolve("mine.yaml"));
        Cli.Result result = refused("run", scenario.toString(), "--out", scenarios.toString());
        assertThat(result.err()).contains("error: " + scenarios + ": holds the input " + scenario
                + "; impact only replaces an output directory it wrote itself");
        assertThat(names(scenarios)).containsExactly("mine.yaml");
        assertThat(names(dir)).containsExactly("scenarios");
    }

    @Test
    void theCurrentDirectoryTheRootAndAnOrdinaryFileAreRefused() throws IOException {
        assertThat(refused("run", SCENARIO, "--out", ".").err())
                .contains(Path.of("").toAbsolutePath() + ": is the current directory");
        assertThat(refused("run", SCENARIO, "--out", "..").err()).contains(": holds the current directory");
        assertThat(refused("run", SCENARIO, "--out", "/").err()).contains("error: /: is the root of the file system");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes");
        assertThat(refused("run", SCENARIO, "--out", notes.toString()).err())
                .contains(notes + ": is a file, not a directory");
        assertThat(notes).hasContent("my notes");
        assertThat(names(dir)).containsExactly("notes.txt");
    }

    @Test
    void theHomeDirectoryIsRefusedEvenWhenEmpty() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            assertThat(refused("run", SCENARIO, "--out", home.toString()).err()).contains(home + ": is the home directory");
        } finally {
            System.setProperty("user.home", before);
        }
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void aDirectoryWithoutTheManifestIsRefusedAndAnEmptyOneIsUsed() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("budget.csv"), "my own budget");
        assertThat(refused("run", SCENARIO, "--out", mine.toString()).err())
                .contains(mine + ": is a directory that impact did not write (it has no .impact-manifest.json)");
        assertThat(mine.resolve("budget.csv")).hasContent("my own budget");

        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli.runInto(Path.of(SCENARIO), empty);
        assertThat(empty.resolve("summary.csv")).exists();
        assertThat(empty.resolve(".impact-manifest.json")).content()
                .contains("\"tool\" : \"impact\"").contains("\"voorbeeldregio-valpreventie.yaml\"")
                .contains("\"summary.csv\"");
    }

    @Test
    void filesAUserPutIntoAnOutputDirectoryAreNotDeleted() throws IOException {
        Path out = Cli.runInto(Path.of(SCENARIO), dir.resolve("out"));
        Files.writeString(out.resolve("my-analysis.xlsx"), "mine");
        Files.createDirectories(out.resolve("charts"));
        Cli.Result result = refused("run", SCENARIO, "--out", out.toString());
        assertThat(result.err()).contains(out + ": holds files that impact did not write (charts, my-analysis.xlsx); "
                + "move them elsewhere first, impact does not delete them");
        assertThat(out.resolve("my-analysis.xlsx")).hasContent("mine");
    }

    @Test
    void aSymbolicLinkIsRefused() throws IOException {
        Path real = Cli.runInto(Path.of(SCENARIO), dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertThat(refused("run", SCENARIO, "--out", link.toString()).err()).contains(link + ": is a symbolic link");
        assertThat(real.resolve("summary.csv")).exists();
    }

    @Test
    void monitorFollowsTheSameRules() throws IOException {
        Path realisations = Files.copy(Path.of("scenarios/pluswijken-realisations-2026.csv"),
                dir.resolve("realisations.csv"));
        assertThat(refused("monitor", "scenarios/pluswijken.yaml", realisations.toString(), "--out", dir.toString())
                .err()).contains(dir + ": holds the input " + realisations);
        assertThat(names(dir)).containsExactly("realisations.csv");
    }

    @Test
    void outputFoldersFollowTheUmask() throws IOException {
        Path out = Cli.runInto(Path.of(SCENARIO), dir.resolve("out"));
        Path plain = Files.createDirectory(dir.resolve("plain"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
    }

    @Test
    void leftoversOfKilledRunsAreRestoredOrRemovedAndSaidSo() throws Exception {
        Path out = Cli.runInto(Path.of(SCENARIO), dir.resolve("out"));
        long dead = deadProcessId();
        // Killed between the renames: the complete old outputs aside, the target gone.
        Path aside = dir.resolve(".out.impact-old-" + dead + "-1");
        Files.move(out, aside);
        Path half = Files.createDirectories(dir.resolve(".out.impact-new-" + dead + "-2"));
        Files.writeString(half.resolve("effects.csv"), "half");

        Cli.Result result = Cli.run("run", SCENARIO, "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("note: restored the outputs in " + out + " that an interrupted run had moved aside")
                .contains("note: removed " + half + ", left by an interrupted run");
        assertThat(names(dir)).containsExactly("out");
        assertThat(out.resolve("summary.csv")).exists();
    }

    @Test
    void checkLeavesNoScratchSpaceAndRemovesThatOfKilledRuns() throws Exception {
        Path out = Cli.runInto(Path.of(SCENARIO), dir.resolve("out"));
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        Path abandoned = Files.createDirectories(temporary.resolve("impact-check-" + deadProcessId() + "-7"));
        Files.writeString(abandoned.resolve("effects.csv"), "half");
        String before = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", temporary.toString());
        try {
            Cli.Result result = Cli.run("run", SCENARIO, "--check", out.toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
        assertThat(temporary).isEmptyDirectory();
    }

    /** The id of a process that has ended, as a killed run's would be. */
    static long deadProcessId() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
