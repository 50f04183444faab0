package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file within the documented file limit is read, also above SnakeYAML's default code-point limit. */
class ScenarioSizeTest {

    @TempDir
    Path dir;

    @Test
    void aFileAboveSnakeYamlsDefaultLimitIsRead() throws IOException {
        // SnakeYAML refuses more than 3 M code points by default (about 2,800 kernaanpakken).
        String scenario = Files.readString(Path.of("scenarios/pluswijken.yaml"));
        Path file = dir.resolve("large.yaml");
        Files.writeString(file, scenario + "\n# " + "x".repeat(3_500_000) + "\n");
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("valid (5 kernaanpakken)");
    }
}
