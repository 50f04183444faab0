package nl.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heap too small for the input ends in one line that says so and how to give more, exit code 1,
 * no stack trace from the JVM and no outputs: impact runs in a JVM of its own here, with a heap of
 * 40 MB, on a scenario of 600 kernaanpakken.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aHeapTooSmallGivesAMessageAndNoOutputs() throws Exception {
        Path scenario = Scenarios.write(dir, "groot.yaml", Scenarios.copies(600, 2029));
        Path out = dir.resolve("out");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx40m", "-cp", System.getProperty("java.class.path"), "nl.impact.cli.Main", "run",
                scenario.toString(), "--out", out.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // Before the writers waited by joining their threads, this run could hang for ever.
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        } finally {
            child.destroyForcibly();
        }
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(printed).isEqualTo(ExitCodes.UNEXPECTED);
        assertThat(printed).contains("error: out of memory: the Java heap of ")
                .contains("IMPACT_JAVA_OPTS=-Xmx4g")
                .doesNotContain("Exception in thread")
                .doesNotContain("\tat ");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("groot.yaml", "child.log");
        }
    }
}
