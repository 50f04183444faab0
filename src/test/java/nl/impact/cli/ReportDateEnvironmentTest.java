package nl.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html is dated like the bijlagen, from SOURCE_DATE_EPOCH when the scenario gives no date and
 * is not in git: every command that writes a report refuses a bad value up front (exit 2, nothing
 * written), as run does, instead of failing once the work is done.
 */
class ReportDateEnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void simulateAndMonitorRefuseABadSourceDateEpochBeforeAnyWork() throws Exception {
        // A copy outside git: its date can only come from the environment or the clock.
        Path scenario = Files.copy(Path.of("scenarios/pluswijken.yaml"), dir.resolve("pluswijken.yaml"));
        Path out = dir.resolve("out");
        String refusal = "error: SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, from 0 to 4354819198 "
                + "(2107-12-31), got 'gisteren'\n1 problem found.\n";
        Cli.Result simulate = child("simulate", scenario.toString(), "--draws", "50", "--out", out.toString());
        assertThat(simulate.exitCode()).as(simulate.err()).isEqualTo(2);
        assertThat(simulate.err()).isEqualTo(refusal);
        Cli.Result monitor = child("monitor", scenario.toString(), "scenarios/pluswijken-realisations-2026.csv", "--out",
                out.toString());
        assertThat(monitor.exitCode()).as(monitor.err()).isEqualTo(2);
        assertThat(monitor.err()).isEqualTo(refusal);
        assertThat(out).doesNotExist();
    }

    /** impact in a JVM of its own with SOURCE_DATE_EPOCH=gisteren: an in-process run cannot set it. */
    private Cli.Result child(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Xshare:off", "-cp", System.getProperty("java.class.path"), "nl.impact.cli.Main"));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(dir, "out", ".txt");
        Path stderr = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().put("SOURCE_DATE_EPOCH", "gisteren");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("impact did not end within 120 seconds");
        }
        return new Cli.Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
}
