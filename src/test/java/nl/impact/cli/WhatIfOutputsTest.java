package nl.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.ScenarioOverride;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A what-if never replaces the baseline (issue 21): with {@code --set} and no {@code --out}, run,
 * simulate and monitor write into a folder of the what-if's own beside the baseline's, named on
 * stderr; every command that writes ends by naming the report.html to open first.
 */
class WhatIfOutputsTest {

    private static final Path SMALL = Path.of("scenarios/voorbeeldregio-valpreventie.yaml").toAbsolutePath();
    private static final Path PLUSWIJKEN = Path.of("scenarios/pluswijken.yaml").toAbsolutePath();
    private static final String SET = "parameters.inwoners65plus.value=50000";

    @TempDir
    Path dir;

    @Test
    void aWhatIfRunLeavesTheBaselineByteForByteAndWritesItsOwnFolder() throws Exception {
        Cli.Result baseline = impact("run", SMALL.toString());
        assertThat(baseline.exitCode()).as(baseline.err()).isZero();
        assertThat(lines(baseline.err())).endsWith("Outputs written to out/voorbeeldregio-valpreventie",
                "Open first: out/voorbeeldregio-valpreventie/report.html");
        Map<String, String> before = files(dir.resolve("out/voorbeeldregio-valpreventie"));
        assertThat(before).containsKeys("summary.csv", "report.html", ".impact-manifest.json");

        Cli.Result whatIf = impact("run", SMALL.toString(), "--set", SET);
        assertThat(whatIf.exitCode()).as(whatIf.err()).isZero();
        // The hash is the documented one: printf '%s\n' 'parameters.inwoners65plus.value=50000' | sha256sum
        String folder = "out/voorbeeldregio-valpreventie-whatif-3b4dee10";
        assertThat(lines(whatIf.err())).endsWith("Outputs written to " + folder
                        + " (a what-if, in its own folder: out/voorbeeldregio-valpreventie is left as it was)",
                "Open first: " + folder + "/report.html");
        assertThat(whatIf.out()).doesNotContain("Outputs written", "Open first");

        assertThat(files(dir.resolve("out/voorbeeldregio-valpreventie"))).containsExactlyInAnyOrderEntriesOf(before);
        Map<String, String> after = files(dir.resolve(folder));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        // 50,000 instead of 40,000 inhabitants: a quarter more participants, so other figures.
        assertThat(after.get("quantities.csv")).isNotEqualTo(before.get("quantities.csv"));
        try (Stream<Path> out = Files.list(dir.resolve("out"))) {
            assertThat(out.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("voorbeeldregio-valpreventie", "voorbeeldregio-valpreventie-whatif-3b4dee10");
        }
    }

    @Test
    void withOutTheWhatIfGoesWhereTheUserSaid() throws Exception {
        Cli.Result whatIf = impact("run", SMALL.toString(), "--set", SET, "--out", "mine");
        assertThat(whatIf.exitCode()).as(whatIf.err()).isZero();
        assertThat(lines(whatIf.err())).endsWith("Outputs written to mine", "Open first: mine/report.html");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void simulateAndMonitorPutAWhatIfBesideTheirBaselineToo() throws Exception {
        Cli.Result simulation = impact("simulate", SMALL.toString(), "--draws", "50", "--set", SET);
        assertThat(simulation.exitCode()).as(simulation.err()).isZero();
        String simulated = "out/voorbeeldregio-valpreventie-simulation-whatif-3b4dee10";
        assertThat(lines(simulation.err())).endsWith("Outputs written to " + simulated
                        + " (a what-if, in its own folder: out/voorbeeldregio-valpreventie-simulation is left as it was)",
                "Open first: " + simulated + "/report.html");
        assertThat(dir.resolve(simulated).resolve("simulation.csv")).exists();

        String set = "kernaanpakken.welzijn-op-recept.clientenPerFte.value=120";
        Cli.Result monitor = impact("monitor", PLUSWIJKEN.toString(),
                Path.of("scenarios/pluswijken-realisations-2026.csv").toAbsolutePath().toString(), "--set", set);
        assertThat(monitor.exitCode()).as(monitor.err()).isIn(0, 4);
        // The README's example: printf '%s\n' 'kernaanpakken.welzijn-op-recept.clientenPerFte.value=120' | sha256sum
        String monitored = "out/pluswijken-monitor-whatif-3c0c94fd";
        assertThat(lines(monitor.err())).endsWith("Outputs written to " + monitored
                        + " (a what-if, in its own folder: out/pluswijken-monitor is left as it was)",
                "Open first: " + monitored + "/report.html");
        assertThat(dir.resolve(monitored).resolve("monitor.csv")).exists();
        try (Stream<Path> out = Files.list(dir.resolve("out"))) {
            assertThat(out.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "voorbeeldregio-valpreventie-simulation-whatif-3b4dee10", "pluswijken-monitor-whatif-3c0c94fd");
        }
    }

    @Test
    void severalScenariosEachGetAWhatIfFolderAndTheLastLineNamesEveryReport() throws Exception {
        Path other = Files.copy(SMALL, dir.resolve("tweede.yaml"));
        Cli.Result run = impact("run", SMALL.toString(), other.toString(), "--set", SET);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(lines(run.err())).last().isEqualTo("Open first: out/voorbeeldregio-valpreventie-whatif-3b4dee10/report.html, "
                + "out/tweede-whatif-3b4dee10/report.html");
    }

    @Test
    void theFolderOfAWhatIfDependsOnWhatItSetsNotOnHowItIsWritten() throws InvalidInputException {
        String plain = WhatIfFolder.hash(overrides("kernaanpakken.welzijn-op-recept.clientenPerFte.value=120"));
        assertThat(plain).isEqualTo("3c0c94fd");
        // The canonical path (quotes only where needed) and no spaces around the value.
        assertThat(WhatIfFolder.hash(overrides("kernaanpakken.\"welzijn-op-recept\".clientenPerFte.value = 120 ")))
                .isEqualTo(plain);
        assertThat(WhatIfFolder.hash(overrides("kernaanpakken.welzijn-op-recept.clientenPerFte.value=121")))
                .isNotEqualTo(plain);
        // Separate paths: any order is the same what-if.
        assertThat(WhatIfFolder.normalised(overrides("parameters.b.value=2", "discountRate=0.03", "parameters.a.value=1")))
                .containsExactly("discountRate=0.03", "parameters.a.value=1", "parameters.b.value=2");
        assertThat(WhatIfFolder.hash(overrides("discountRate=0.03", SET)))
                .isEqualTo(WhatIfFolder.hash(overrides(SET, "discountRate=0.03"))).isEqualTo("e50004a3");
        // One path inside another: the later one wins, so the order given is kept.
        List<ScenarioOverride> mapThenValue = overrides("parameters.a={value: 1}", "parameters.a.value=2");
        List<ScenarioOverride> valueThenMap = overrides("parameters.a.value=2", "parameters.a={value: 1}");
        assertThat(WhatIfFolder.normalised(valueThenMap)).containsExactly("parameters.a.value=2", "parameters.a={value: 1}");
        assertThat(WhatIfFolder.hash(mapThenValue)).isNotEqualTo(WhatIfFolder.hash(valueThenMap));
        assertThat(WhatIfFolder.hash(overrides("x.y=1", "x.y=2"))).isNotEqualTo(WhatIfFolder.hash(overrides("x.y=2", "x.y=1")));
        // Without overrides the baseline's folder itself.
        assertThat(WhatIfFolder.of(Path.of("out", "plan"), List.of())).isEqualTo(Path.of("out", "plan"));
        assertThat(WhatIfFolder.of(Path.of("out", "plan"), overrides(SET))).isEqualTo(Path.of("out", "plan-whatif-3b4dee10"));
    }

    private static List<ScenarioOverride> overrides(String... sets) throws InvalidInputException {
        List<ScenarioOverride> list = new ArrayList<>();
        for (String s : sets) {
            list.add(ScenarioOverride.parse(s));
        }
        return list;
    }

    /** impact in a JVM of its own whose working directory is {@code dir}: the default out/ lies there. */
    private Cli.Result impact(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Xshare:off", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "nl.impact.cli.Main"));
        command.addAll(List.of(args));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Path out = Files.createTempFile(logs, "out", ".txt");
        Path err = Files.createTempFile(logs, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Cli.Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    /** Every file below {@code folder} with its bytes (one char per byte), by relative path. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
