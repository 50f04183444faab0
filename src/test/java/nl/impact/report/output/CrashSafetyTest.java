package nl.impact.report.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code impact run} at many moments, as {@code kill -9} would, while it replaces earlier
 * outputs, and checks that the target then holds the complete old outputs or the complete new ones,
 * or that the next run restores the old ones and says so. The exact moments around the two renames
 * are reached through fail points; the rest by killing the process after a delay.
 */
class CrashSafetyTest {

    private static final String SCENARIO = "scenarios/voorbeeldregio-valpreventie.yaml";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path oldScenario;
    private static Path newScenario;
    private static Map<String, String> oldOutputs;
    private static Map<String, String> newOutputs;

    /** The outputs of the old and of the new scenario, each written by an uninterrupted run. */
    @BeforeAll
    static void referenceOutputs() throws IOException {
        Path dir = shared;
        // Same file name in two folders: the manifests then differ only where the outputs do.
        oldScenario = Files.copy(Path.of(SCENARIO), Files.createDirectories(dir.resolve("old")).resolve("s.yaml"));
        newScenario = Files.createDirectories(dir.resolve("new")).resolve("s.yaml");
        String text = Files.readString(oldScenario);
        String changed = text.replace("  inwoners65plus:\n    value: 40000\n", "  inwoners65plus:\n    value: 44000\n");
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(newScenario, changed);
        oldOutputs = contents(Cli.runInto(oldScenario, dir.resolve("ref-old")));
        newOutputs = contents(Cli.runInto(newScenario, dir.resolve("ref-new")));
        assertThat(oldOutputs).isNotEqualTo(newOutputs);
    }

    static Stream<String> moments() {
        List<String> moments = new ArrayList<>(List.of("failAt=outputs-written", "failAt=old-moved-aside",
                "failAt=new-moved-in"));
        Random random = new Random(7);
        for (int i = 0; i < 6; i++) {
            moments.add("killAfterMs=" + (200 + random.nextInt(2800)));
        }
        return moments.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void aKilledRunLeavesTheOldOrTheNewOutputsWhole(String moment) throws Exception {
        Path parent = Files.createDirectories(dir.resolve("work"));
        Path target = Cli.runInto(oldScenario, parent.resolve("out"));

        Process process = start(moment, target);
        if (moment.startsWith("killAfterMs=")) {
            if (!process.waitFor(Long.parseLong(moment.substring("killAfterMs=".length())), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        int status = process.exitValue();
        if (moment.startsWith("failAt=")) {
            assertThat(status).as("halted at the fail point").isEqualTo(137);
        }

        if (Files.exists(target)) {
            assertThat(contents(target)).as("the target after the kill").isIn(oldOutputs, newOutputs);
        } else {
            // Killed between the renames: the old outputs wait, complete, beside the target.
            List<Path> aside = OutputSafetyTest.names(parent).stream().filter(n -> n.startsWith(".out.impact-old-"))
                    .map(parent::resolve).toList();
            assertThat(aside).hasSize(1);
            assertThat(contents(aside.get(0))).isEqualTo(oldOutputs);
        }

        Cli.Result next = Cli.run("run", newScenario.toString(), "--out", target.toString());
        assertThat(next.exitCode()).as(next.err()).isZero();
        if (moment.equals("failAt=old-moved-aside")) {
            assertThat(next.err()).contains("note: restored the outputs in " + target);
        }
        assertThat(contents(target)).isEqualTo(newOutputs);
        assertThat(OutputSafetyTest.names(parent)).as("no leftovers").containsExactly("out");
    }

    private Process start(String moment, Path target) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        if (moment.startsWith("failAt=")) {
            command.add("-Dimpact.failAt=" + moment.substring("failAt=".length()));
        }
        command.addAll(List.of("nl.impact.cli.Main", "run", newScenario.toString(), "--out", target.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-" + System.nanoTime() + ".log").toFile()).start();
    }

    /** Every file below {@code directory} by its relative path, with its bytes as text. */
    private static Map<String, String> contents(Path directory) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(directory.relativize(file).toString().replace(File.separatorChar, '/'),
                        new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }
}
