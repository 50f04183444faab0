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
    void aSingleFileOrFolderOfTheUsersIsCalledWhatItIs() throws IOException {
        Path out = Cli.runInto(Path.of(SCENARIO), dir.resolve("out"));
        Files.createDirectories(out.resolve("charts"));
        assertThat(refused("run", SCENARIO, "--out", out.toString()).err()).contains(out + ": holds a directory that "
                + "impact did not write (charts); move it elsewhere first, impact does not delete it");
        Files.delete(out.resolve("charts"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThat(refused("run", SCENARIO, "--out", out.toString()).err()).contains(out + ": holds a file that "
                + "impact did not write (notes.txt); move it elsewhere first");
    }

    @Test
    void checkSaysWhatStandsWhereTheOutputsShouldBe() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThat(refused("run", SCENARIO, "--check", notes.toString()).err())
                .contains("error: " + notes + ": is a file, not a directory to check the outputs against");
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(refused("run", SCENARIO, "--check", fifo.toString()).err())
                .contains("error: " + fifo + ": is a FIFO (named pipe), not a directory to check the outputs against");
        assertThat(refused("run", SCENARIO, "--out", fifo.toString()).err())
                .contains("error: " + fifo.toAbsolutePath() + ": is a FIFO (named pipe), not a directory");
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

    /** A scenario whose inwoners65plus is a cell of the bijlage 1 that an earlier run wrote into {@code out}. */
    private Path readingFrom(Path out, String name) throws IOException {
        String text = Files.readString(Path.of(SCENARIO));
        String changed = text.replace("    value: 40000\n", "    fromExcel: {file: " + out.getFileName()
                + "/bijlage-1-maatschappelijke-business-case.xlsx, sheet: Algemene invoer, cell: E5}\n");
        assertThat(changed).isNotEqualTo(text);
        return Files.writeString(out.resolveSibling(name), changed);
    }

    @Test
    void aTargetHoldingAWorkbookTheScenarioReadsIsRefused() throws IOException {
        Path out = Cli.runInto(Path.of(SCENARIO), dir.resolve("out"));
        Path workbook = out.resolve("bijlage-1-maatschappelijke-business-case.xlsx");
        byte[] before = Files.readAllBytes(workbook);
        Path scenario = readingFrom(out, "s.yaml");
        Path relative = Path.of("out/bijlage-1-maatschappelijke-business-case.xlsx");
        assertThat(refused("run", scenario.toString(), "--out", out.toString()).err())
                .contains("error: " + out + ": holds the input " + dir.resolve(relative) + "; impact only replaces "
                        + "an output directory it wrote itself");
        assertThat(refused("simulate", scenario.toString(), "--draws", "10", "--out", out.toString()).err())
                .contains(out + ": holds the input " + dir.resolve(relative));
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }

    @Test
    void eachOfSeveralTargetsIsCheckedAgainstTheInputsOfAllScenarios() throws IOException {
        // b's outputs are impact's, but a reads a workbook among them: writing b would replace a's input.
        Path root = Files.createDirectories(dir.resolve("root"));
        Path outB = Cli.runInto(Path.of(SCENARIO), root.resolve("b"));
        Path b = Files.copy(Path.of(SCENARIO), dir.resolve("b.yaml"));
        Path a = readingFrom(outB, "a.yaml");
        Files.move(a, dir.resolve("a.yaml"));
        a = dir.resolve("a.yaml");
        Files.writeString(a, Files.readString(a).replace("file: b/", "file: root/b/"));
        byte[] before = Files.readAllBytes(outB.resolve("bijlage-1-maatschappelijke-business-case.xlsx"));
        assertThat(refused("run", a.toString(), b.toString(), "--out", root.toString()).err())
                .contains("error: " + outB + ": holds the input ");
        assertThat(Files.readAllBytes(outB.resolve("bijlage-1-maatschappelijke-business-case.xlsx"))).isEqualTo(before);
        assertThat(names(root)).containsExactly("b");
    }

    @Test
    void aTargetThatHoldsTheScenarioByItsRealPathIsRefused() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/inner"));
        Path scenario = Files.copy(Path.of(SCENARIO), dir.resolve("real/s.yaml"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        // link/.. is real/ to the operating system; by name alone it would be dir itself.
        assertThat(refused("run", link + "/../s.yaml", "--out", dir.resolve("real").toString()).err())
                .contains(": holds the input ");
        assertThat(names(dir.resolve("real"))).containsExactly("inner", "s.yaml");
        assertThat(scenario).hasSameTextualContentAs(Path.of(SCENARIO));
    }

    @Test
    void aRefusedTargetIsSaidBeforeTheSimulationOfRunDraws() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
        // A billion draws would take many minutes: the refusal must come before them.
        Cli.Result result = nl.impact.testing.Child.run(dir.resolve("logs"), 0, List.of(), "run", SCENARIO,
                "--draws", "1000000000", "--out", notes.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("error: " + notes + ": is a file, not a directory");
        assertThat(notes).hasContent("mine");
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
