package nl.impact.report.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import nl.impact.cli.ExitCodes;
import nl.impact.testing.Child;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --export-draws} estimates its file before the first draw and refuses one beyond its limit
 * or beyond the free space (docs/uncertainty.md, "The size of the export").
 */
class ExportSizeTest {

    @TempDir
    Path dir;

    @Test
    void aBillionDrawsOfPlusWijkenAreRefusedBeforeAnyWork() throws Exception {
        Path out = dir.resolve("out");
        // The old code started to write some 113 GB here; the child is stopped after two minutes if it does.
        Cli.Result result = Child.run(dir.resolve("logs"), 0, List.of(), "simulate", "scenarios/pluswijken.yaml",
                "--draws", "1000000000", "--export-draws", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).isEqualTo("error: --export-draws: simulation-draws.csv.gz of 1,000,000,000 draws "
                + "with 14 values each would take about 108 GB; the limit is 2 GB: export at most 18,518,518 draws, "
                + "or simulate without --export-draws\n1 problem found.\n");
        assertThat(out).doesNotExist();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).containsExactly("logs");
    }

    @Test
    void theEstimateLiesAboveWhatAnExportTakes() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("simulate", "scenarios/pluswijken.yaml", "--draws", "20000", "--export-draws",
                "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path file = out.resolve(DrawsExport.FILE);
        String header;
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                java.nio.charset.StandardCharsets.UTF_8))) {
            header = in.readLine();
        }
        int columns = header.split(",").length;
        assertThat(columns).isEqualTo(14);
        // Programmalijn 1's three banded counts per wijk are drawn whole ("6.0"): they take less.
        long whole = Files.readAllLines(out.resolve(SimulationOutputs.METADATA)).stream()
                .filter(l -> l.endsWith("; drawn as whole numbers")).count();
        assertThat(whole).isEqualTo(3);
        long estimate = new ExportSize(columns, (int) whole, 20_000).bytes();
        assertThat(estimate).isEqualTo(20_000L * (11 * ExportSize.BYTES_PER_VALUE + 3 * ExportSize.BYTES_PER_WHOLE_VALUE));
        // Above the real size, but not by more than a fifth: the limit means what it says.
        assertThat(Files.size(file)).isLessThan(estimate).isGreaterThan(estimate * 4 / 5);
    }

    @Test
    void theLimitAndTheFreeSpaceDecide() {
        assertThat(new ExportSize(14, 15_873_015).refusal(Long.MAX_VALUE)).isEmpty();
        assertThat(new ExportSize(14, 15_873_016).refusal(Long.MAX_VALUE)).get().asString()
                .endsWith("would take about 2 GB; the limit is 2 GB: export at most 15,873,015 draws, or simulate "
                        + "without --export-draws");
        // With 3 of the 14 counts drawn whole, at 3 bytes a value: 108 bytes a draw.
        assertThat(new ExportSize(14, 3, 18_518_518).refusal(Long.MAX_VALUE)).isEmpty();
        assertThat(new ExportSize(14, 3, 18_518_519).refusal(Long.MAX_VALUE)).get().asString()
                .endsWith("the limit is 2 GB: export at most 18,518,518 draws, or simulate without --export-draws");
        assertThat(new ExportSize(5, 1_000_000).refusal(30_000_000)).get().asString()
                .isEqualTo("simulation-draws.csv.gz of 1,000,000 draws with 5 values each would take about 45 MB, more "
                        + "than the 30 MB free on its file system; free some space, choose another --out, or export "
                        + "fewer draws");
        assertThat(new ExportSize(5, 1_000_000).refusal(45_000_000)).isEmpty();
        assertThat(new ExportSize(1, 1).refusal(0)).get().asString()
                .startsWith("simulation-draws.csv.gz of 1 draw with 1 value each would take about 9 bytes, more than "
                        + "the 0 bytes free");
        assertThat(new ExportSize(100_000, 1_000_000_000L).bytes()).isEqualTo(900_000_000_000_000L);
    }
}
