package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code impact validate} example is what validate prints (issue 21: it named the wrong
 * line): the default scenario with {@code clientenPerFte} set to -135, as the tour describes.
 */
class ReadmeValidateExampleTest {

    private static final String COMMAND = "$ ./impact validate my.yaml\n";

    @TempDir
    Path dir;

    @Test
    void theExampleIsWhatValidatePrints() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(COMMAND);
        assertThat(start).as("the README shows a validate example").isNotNegative();
        String shown = readme.substring(start + COMMAND.length(), readme.indexOf("```", start));
        String scenario = Files.readString(Path.of("scenarios/pluswijken.yaml"), StandardCharsets.UTF_8);
        String from = "    clientenPerFte:\n      value: 135\n";
        assertThat(scenario).contains(from);
        Path file = dir.resolve("my.yaml");
        Files.writeString(file, scenario.replace(from, from.replace("135", "-135")), StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().replace(dir + java.io.File.separator, "")).isEqualTo(shown);
    }
}
