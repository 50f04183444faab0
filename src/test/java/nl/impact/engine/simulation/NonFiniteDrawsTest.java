package nl.impact.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.scenario.InvalidInputException;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draw in which a formula divides by zero is refused as the exact engine refuses such a formula:
 * exit 2, the formula's place, the draw, nothing written; never a crash or a silent NaN.
 */
class NonFiniteDrawsTest {

    private static final String SCENARIO = "src/test/resources/simulation/division-by-zero-in-draws.yaml";
    private static final String REFUSED = "division-by-zero-in-draws.yaml:17:35: kernaanpakken.k.formulas.kostenPerBlijver"
            + ".formula: formula '1000 / blijvers' is infinite in 2025 (blijvers = 0) in draw ";

    @TempDir
    Path dir;

    /**
     * The refused draw is the first in which ROUND(deelnemers - uitvallers, 0) is 0: found here from
     * the exported draws of the same scenario with the division guarded (which draws the same values).
     */
    @Test
    void aDrawDividingByZeroIsRefusedWithTheFormulaAndTheFirstSuchDraw() throws Exception {
        Path guarded = dir.resolve("guarded.yaml");
        Files.writeString(guarded, Files.readString(Path.of(SCENARIO))
                .replace("\"1000 / blijvers\"", "\"IF(blijvers = 0, 0, 1000 / blijvers)\""), StandardCharsets.UTF_8);
        Cli.Result exported = Cli.run("simulate", guarded.toString(), "--draws", "10000", "--export-draws", "--out",
                dir.resolve("guarded").toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        long first = firstDrawWithNoneRemaining(dir.resolve("guarded/simulation-draws.csv.gz"));
        assertThat(first).isPositive();

        for (String threads : List.of("1", "2")) {
            Path out = dir.resolve("simulate-" + threads);
            Cli.Result result = Cli.run("simulate", SCENARIO, "--draws", "10000", "--threads", threads, "--out",
                    out.toString());
            assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
            assertThat(result.err()).contains(REFUSED + first + " of the simulation (seed 1)")
                    .contains("guard the formula with IF").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(out).doesNotExist();
        }
        Path exporting = dir.resolve("export");
        Cli.Result export = Cli.run("simulate", SCENARIO, "--draws", "10000", "--export-draws", "--out",
                exporting.toString());
        assertThat(export.exitCode()).as(export.err()).isEqualTo(2);
        assertThat(exporting).doesNotExist();

        Path run = dir.resolve("run");
        Cli.Result result = Cli.run("run", SCENARIO, "--draws", "10000", "--out", run.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(REFUSED + first + " of the simulation (seed 1)");
        assertThat(run).doesNotExist();
        // The base case alone is fine.
        assertThat(Cli.run("run", SCENARIO, "--out", run.toString()).exitCode()).isZero();
    }

    /** Beyond the exact limit, percentiles come from histograms over a pilot block's range: the same refusal. */
    @Test
    void theSketchedSimulationRefusesTheSameDraw() throws Exception {
        RunResult result = Computation.of(Path.of(SCENARIO));
        assertThatThrownBy(() -> Simulation.of(result).run(new SimulationSettings(10_000, 1, 2, false, 0), d -> { }, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(REFUSED);
    }

    /** A formula only a KPI reads: an infinite KPI value would count as above its band; the draw is refused. */
    @Test
    void aKpiThatIsNotANumberInADrawIsRefusedToo() {
        Path out = dir.resolve("kpi");
        Cli.Result result = Cli.run("simulate", "src/test/resources/simulation/division-by-zero-in-a-kpi.yaml", "--draws",
                "10000", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("division-by-zero-in-a-kpi.yaml:15:23: kernaanpakken.k.formulas.uren.formula: "
                + "formula '1000 / blijvers' is infinite in 2025 (blijvers = 0) in draw ");
        assertThat(out).doesNotExist();
    }

    /**
     * A draw with a figure beyond 1e100 (whose square, summed over the draws, could overflow) is
     * refused too, naming the formula beyond the limit on magnitudes: here 10 ^ (500 x 0.365526 x
     * 0.634474) = 10^115.96 in the second draw, where the first draws x = 0.03.
     */
    @Test
    void aDrawTooLargeToSummariseIsRefused() {
        Path out = dir.resolve("large");
        Cli.Result result = Cli.run("simulate", "src/test/resources/simulation/too-large-in-draws.yaml", "--draws", "1000",
                "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("too-large-in-draws.yaml:14:27: kernaanpakken.k.formulas.clienten.formula: "
                + "formula '10 ^ (500 * x * (1 - x))' is 9.0867e115, beyond -1e15 to 1e15 (the limit on magnitudes) in "
                + "2025 (x = 0.365526) in draw 2 of the simulation (seed 1)");
        assertThat(out).doesNotExist();
    }

    private static long firstDrawWithNoneRemaining(Path draws) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(draws)), StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(in.readLine().split(","));
            int deelnemers = header.indexOf("kernaanpakken.k.deelnemers");
            int uitvallers = header.indexOf("kernaanpakken.k.uitvallers");
            assertThat(deelnemers).as(header.toString()).isNotNegative();
            assertThat(uitvallers).as(header.toString()).isNotNegative();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                double left = Double.parseDouble(cells[deelnemers]) - Double.parseDouble(cells[uitvallers]);
                if (new java.math.BigDecimal(left).setScale(0, java.math.RoundingMode.HALF_EVEN).signum() == 0) {
                    return Long.parseLong(cells[0]);
                }
            }
        }
        return -1;
    }
}
