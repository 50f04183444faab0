package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented cap on a scenario file's size: above SnakeYAML's default, below a hostile size. */
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

    @Test
    void aFileAboveTheCapIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(SourceDocument.MAX_BYTES + 1L);
        }
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(file + ": the file has " + (SourceDocument.MAX_BYTES + 1L)
                + " bytes; a scenario file may have at most " + SourceDocument.MAX_BYTES + " (32 MiB)");
        assertThat(result.err()).doesNotContain("Exception");
    }
}
