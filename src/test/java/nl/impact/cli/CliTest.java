package nl.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "calculators", "schema", "diff"})
    void everyCommandHasHelpAndVersion(String command) {
        Cli.Result help = Cli.run(command, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: impact " + command);
        Cli.Result version = Cli.run(command, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("impact \\d+\\.\\d+\\.\\d+.*\\R");
    }

    @Test
    void topLevelHelpListsCommandsAndExitCodes() {
        Cli.Result help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("run", "validate", "calculators", "schema", "2  invalid input");
    }

    @Test
    void badArgumentsAreInvalidInput() {
        Cli.Result missing = Cli.run("run");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter: 'SCENARIO'");
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(2);
        Cli.Result none = Cli.run();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("Missing command.").contains("Usage: impact");
        assertThat(Cli.run("run", "--nope", "x.yaml").exitCode()).isEqualTo(2);
    }

    @Test
    void runPrintsTheSummaryOnStdoutAndMessagesOnStderr() {
        Cli.Result result = Cli.run("run", "scenarios/pluswijken.yaml", "--out", dir.resolve("o").toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("per kernaanpak").contains("Doorbraakmethode").contains("20,291,000")
                .contains("per financier").contains("gemeente").doesNotContain("Outputs written");
        assertThat(result.err()).contains("Outputs written to");
        assertThat(dir.resolve("o/effects.csv")).exists();
    }

    @Test
    void defaultOutputDirectoryIsNamedAfterTheScenario() {
        assertThat(RunCommand.baseName(Path.of("scenarios/pluswijken.yaml"))).isEqualTo("pluswijken");
        assertThat(RunCommand.baseName(Path.of("a.b.json"))).isEqualTo("a.b");
    }

    @Test
    void jsonScenariosGiveTheSameOutputsAsYaml() throws Exception {
        Path json = dir.resolve("pluswijken.json");
        Files.writeString(json, new ObjectMapper().writeValueAsString(
                new YAMLMapper().readTree(Path.of("scenarios/pluswijken.yaml").toFile())));
        assertThat(Cli.run("run", "scenarios/pluswijken.yaml", "--out", dir.resolve("y").toString()).exitCode()).isZero();
        Cli.Result result = Cli.run("run", json.toString(), "--out", dir.resolve("j").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        for (String file : new String[] {"effects.csv", "quantities.csv", "summary.csv"}) {
            assertThat(Files.readAllBytes(dir.resolve("j").resolve(file)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("y").resolve(file)));
        }
    }

    @Test
    void scenarioTextNeverBecomesAFormulaInCsv() throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, Files.readString(Path.of("scenarios/voorbeeldregio-valpreventie.yaml"))
                .replace("- name: Beweegaanbod", "- name: \"=HYPERLINK(\\\"http://x\\\")\""));
        Cli.Result result = Cli.run("run", file.toString(), "--out", dir.resolve("o").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        nl.impact.testing.Csv effects = nl.impact.testing.Csv.read(dir.resolve("o/effects.csv"));
        assertThat(effects.rows()).extracting(r -> r.get("effect"))
                .contains("'=HYPERLINK(\"http://x\")").noneMatch(e -> e.startsWith("="));
    }

    @Test
    void anOutputDirectoryImpactWroteIsReplacedWhole() throws Exception {
        Path out = dir.resolve("o");
        assertThat(Cli.run("run", "scenarios/pluswijken.yaml", "--out", out.toString()).exitCode()).isZero();
        // A file an earlier version wrote, listed in the manifest, goes with the rest.
        Path manifest = out.resolve(".impact-manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"files\" : [", "\"files\" : [ \"stale.csv\","));
        Files.writeString(out.resolve("stale.csv"), "old");
        assertThat(Cli.run("run", "scenarios/pluswijken.yaml", "--out", out.toString()).exitCode()).isZero();
        assertThat(out.resolve("stale.csv")).doesNotExist();
        assertThat(out.resolve("summary.csv")).exists();
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("o");
        }
    }
}
