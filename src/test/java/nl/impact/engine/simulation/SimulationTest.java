package nl.impact.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.report.simulation.SimulationReports;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationTest {

    @TempDir
    Path dir;

    /**
     * Triangular(10, 20, 60) + triangular(0, 10, 20): mean (10+20+60)/3 + (0+10+20)/3 = 40, variance
     * (a²+b²+c²-ab-ac-bc)/18 summed = 2100/18 + 300/18. The simulated mean and standard deviation
     * lie within three standard errors.
     */
    @Test
    void sumOfIndependentTriangularsHasItsKnownMeanAndVariance() throws Exception {
        int draws = 20_000;
        Cli.Result result = Cli.run("simulate", "src/test/resources/simulation/triangular-sum.yaml", "--draws",
                Integer.toString(draws), "--seed", "7", "--out", dir.resolve("out").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        String[] total = row(dir.resolve("out/simulation.csv"), "total,total,net,all,");
        double mean = Double.parseDouble(total[4]);
        double sd = Double.parseDouble(total[5]);
        double sigma = Math.sqrt(2400.0 / 18);
        assertThat(Math.abs(mean - 40)).isLessThan(3 * sigma / Math.sqrt(draws));
        // The standard error of a sample standard deviation is about sigma / sqrt(2N) (kurtosis near normal).
        assertThat(Math.abs(sd - sigma)).isLessThan(3 * sigma / Math.sqrt(2.0 * draws));
        // The Wmo part alone: the gemeente's net.
        String[] gemeente = row(dir.resolve("out/simulation.csv"), "financier,gemeente,net,all,");
        assertThat(Math.abs(Double.parseDouble(gemeente[4]) - 30)).isLessThan(3 * Math.sqrt(2100.0 / 18 / draws));
        assertThat(result.out()).containsPattern("(?m)^total +");
    }

    /**
     * Beyond the exact limit percentiles come from the histogram sketch: one bin is 3 x the pilot
     * block's range / 4,096 wide, and a percentile is off by at most about two bins, well within 1 %
     * of the P5-P95 spread. Means, standard deviations and probabilities do not depend on the sketch.
     */
    @Test
    void sketchedPercentilesAgreeWithExactOnes() throws Exception {
        RunResult pluswijken = Computation.of(Path.of("scenarios/pluswijken.yaml"));
        long draws = 20_000;
        List<SimulationResult.Row> exact = Simulation.of(pluswijken)
                .run(new SimulationSettings(draws, 5, 2, false, Long.MAX_VALUE), d -> { }, null).rows();
        List<SimulationResult.Row> sketched = Simulation.of(pluswijken)
                .run(new SimulationSettings(draws, 5, 2, false, 0), d -> { }, null).rows();
        assertThat(sketched).hasSameSizeAs(exact);
        int varying = 0;
        for (int r = 0; r < exact.size(); r++) {
            SimulationResult.Row e = exact.get(r);
            SimulationResult.Row s = sketched.get(r);
            assertThat(s.mean()).isEqualTo(e.mean());
            assertThat(s.sd()).isEqualTo(e.sd());
            assertThat(s.probabilityPositive()).isEqualTo(e.probabilityPositive());
            double spread = e.percentiles()[4] - e.percentiles()[0];
            varying += spread > 0 ? 1 : 0;
            for (int k = 0; k < e.percentiles().length; k++) {
                assertThat(s.percentiles()[k]).as("%s %s %s p%d", e.level().key(), e.measure(), e.year(), k)
                        .isCloseTo(e.percentiles()[k], org.assertj.core.data.Offset.offset(0.01 * spread + 1e-6));
            }
        }
        assertThat(varying).isGreaterThan(10);
    }

    @Test
    void sameSeedGivesTheSameBytesWithOneAndTwoThreads() throws Exception {
        RunResult pluswijken = Computation.of(Path.of("scenarios/pluswijken.yaml"));
        for (long exactValues : new long[] {SimulationSettings.EXACT_VALUES, 0}) {
            Path one = dir.resolve("one-" + exactValues);
            Path two = dir.resolve("two-" + exactValues);
            // 3 blocks and a part: blocks finish out of order with two threads.
            long draws = 3 * Simulation.BLOCK + 123;
            SimulationReports.write(pluswijken, Sensitivity.of(pluswijken, Sensitivity.Range.NONE), new SimulationSettings(draws, 42, 1, true, exactValues), one, d -> { });
            SimulationReports.write(pluswijken, Sensitivity.of(pluswijken, Sensitivity.Range.NONE), new SimulationSettings(draws, 42, 2, true, exactValues), two, d -> { });
            List<String> files = List.of("simulation.csv", "simulation-financiers.csv", "simulation-break-even.csv",
                    "simulation-metadata.csv", "simulation-draws.csv.gz", "simulation-kpis.csv", "report.html");
            for (String file : files) {
                assertThat(Files.readAllBytes(two.resolve(file))).as(file).isEqualTo(Files.readAllBytes(one.resolve(file)));
            }
            try (Stream<Path> listed = Files.list(one)) {
                // Besides the outputs, only the output directory's own manifest.
                assertThat(listed.map(p -> p.getFileName().toString()).filter(f -> !f.startsWith(".impact-manifest"))
                        .sorted().toList())
                        .containsExactlyElementsOf(files.stream().sorted().toList());
            }
        }
        // Another seed gives other draws.
        Path other = dir.resolve("other");
        SimulationReports.write(pluswijken, Sensitivity.of(pluswijken, Sensitivity.Range.NONE), new SimulationSettings(1000, 43, 1, false), other, d -> { });
        Path same = dir.resolve("same");
        SimulationReports.write(pluswijken, Sensitivity.of(pluswijken, Sensitivity.Range.NONE), new SimulationSettings(1000, 42, 1, false), same, d -> { });
        assertThat(Files.readString(other.resolve("simulation.csv")))
                .isNotEqualTo(Files.readString(same.resolve("simulation.csv")));
    }

    @Test
    void invalidDistributionsAreLocatedWithExitTwoAndNoOutput() throws Exception {
        String base = Files.readString(Path.of("src/test/resources/simulation/triangular-sum.yaml"));
        Path missingSd = write("missing-sd.yaml", base.replace("distribution: triangular, assumption: test}\n          Zvw",
                "distribution: {type: normal}, assumption: test}\n          Zvw"));
        Cli.Result result = Cli.run("simulate", missingSd.toString(), "--draws", "10", "--out", dir.resolve("a").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("missing-sd.yaml:18:").contains(
                "kernaanpakken.k.effects[0].amounts.Wmo.distribution: a normal distribution needs 'sd'");
        assertThat(dir.resolve("a")).doesNotExist();

        Path unknown = write("unknown.yaml", base.replace("max: 20, distribution: triangular", "max: 20, distribution: weibull"));
        result = Cli.run("validate", unknown.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown.yaml:19:").contains("unknown distribution 'weibull'");

        // PERT needs the expected value within the band: found when the simulation is prepared.
        Path outside = write("outside.yaml", base.replace("min: 0, expected: 10, max: 20, distribution: triangular",
                "min: 0, expected: 30, max: 20"));
        result = Cli.run("simulate", outside.toString(), "--draws", "10", "--out", dir.resolve("b").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("outside.yaml:19:").contains("expected: expected 30 lies outside its band (min 0, max 20)");
        assertThat(dir.resolve("b")).doesNotExist();

        result = Cli.run("simulate", outside.toString(), "--draws", "0");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--draws must be from 1");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String[] row(Path csv, String prefix) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + prefix + " in " + csv)).split(",");
    }
}
