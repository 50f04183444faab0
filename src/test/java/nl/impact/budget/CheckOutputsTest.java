package nl.impact.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.impact.cli.ExitCodes;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact run SCENARIO --check DIR}: compares, reports on stderr, and never touches DIR. */
class CheckOutputsTest {

    private static final Path SCENARIO = Path.of("scenarios", "pluswijken.yaml");

    @TempDir
    Path dir;

    Path out;

    @BeforeEach
    void writeOutputs() {
        out = dir.resolve("out");
        Cli.Result result = Cli.run("run", SCENARIO.toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void identicalOutputsPass() throws IOException {
        Map<String, String> before = snapshot(out);
        Cli.Result result = Cli.run("run", SCENARIO.toString(), "--check", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("are up to date");
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void oneChangedFileIsListedAndLeftAsItIs() throws IOException {
        Path budget = out.resolve("budget.csv");
        Files.writeString(budget, Files.readString(budget).replace("440000.00", "440000.01"));
        Map<String, String> before = snapshot(out);

        Cli.Result result = Cli.run("run", SCENARIO.toString(), "--check", out.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OUTPUTS_DIFFER);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("differs: budget.csv\n").doesNotContain("summary.csv")
                .contains("1 differing, 0 missing, 0 extra");
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void missingAndExtraFilesAreListed() throws IOException {
        Files.delete(out.resolve("business-case.csv"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Map<String, String> before = snapshot(out);

        Cli.Result result = Cli.run("run", SCENARIO.toString(), "--check", out.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OUTPUTS_DIFFER);
        assertThat(result.err()).contains("missing: business-case.csv\n", "extra: notes.txt\n",
                "0 differing, 1 missing, 1 extra");
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void aDirectoryThatDoesNotExistIsInvalidInput() {
        Path nowhere = dir.resolve("nowhere");
        Cli.Result result = Cli.run("run", SCENARIO.toString(), "--check", nowhere.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains(nowhere + ": no such directory to check the outputs against");
        assertThat(Files.exists(nowhere)).isFalse();
    }

    @Test
    void checkAndOutCannotBeCombined() {
        Cli.Result result = Cli.run("run", SCENARIO.toString(), "--check", out.toString(), "--out", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("mutually exclusive");
    }

    @Test
    void theSameScenarioGivesByteIdenticalOutputs() throws IOException {
        Path again = dir.resolve("again");
        assertThat(Cli.run("run", SCENARIO.toString(), "--out", again.toString()).exitCode()).isZero();
        Map<String, String> first = contents(out);
        assertThat(first).containsKeys("budget.csv", "business-case.csv", "business-case-summary.csv");
        assertThat(contents(again)).isEqualTo(first);
    }

    /** Every file's content and modification time: what "untouched" means. */
    private static Map<String, String> snapshot(Path directory) throws IOException {
        Map<String, String> snapshot = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.toList()) {
                FileTime modified = Files.getLastModifiedTime(f);
                snapshot.put(f.getFileName().toString(), modified + "\n" + Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return snapshot;
    }

    private static Map<String, String> contents(Path directory) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.toList()) {
                contents.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return contents;
    }
}
