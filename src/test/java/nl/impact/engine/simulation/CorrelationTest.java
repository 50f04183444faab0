package nl.impact.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.calc.copula.GaussianCopula;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.model.Correlation;
import nl.impact.testing.Cli;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Correlated parameters (src/test/resources/simulation/correlated.yaml): the drawn pair has the
 * requested rank correlation, the spread of their sum changes as it must, invalid correlations are
 * refused with located messages, and a scenario without correlations draws exactly as before.
 */
class CorrelationTest {

    private static final String BASE = "src/test/resources/simulation/correlated.yaml";
    private static final String WMO = "kernaanpakken.k.effects[0].amounts.Wmo";
    private static final String ZVW = "kernaanpakken.k.effects[0].amounts.Zvw";
    private static final String WLZ = "kernaanpakken.k.effects[0].amounts.Wlz";

    @TempDir
    Path dir;

    /**
     * 20,000 draws with rank 0.6: the empirical Spearman correlation's standard error is about
     * (1 - 0.36) / sqrt(20,000) = 0.0045, so 0.02 is more than four of them. The uncorrelated Wlz
     * stays near 0, and the Wmo marginal keeps its triangular mean of 30.
     */
    @Test
    void drawnPairHasTheRequestedRankCorrelation() throws Exception {
        double[][] drawn = draws(Path.of(BASE), 20_000, 11);
        SpearmansCorrelation spearman = new SpearmansCorrelation();
        assertThat(spearman.correlation(drawn[0], drawn[1])).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.02));
        assertThat(spearman.correlation(drawn[0], drawn[2])).isCloseTo(0.0, org.assertj.core.data.Offset.offset(0.03));
        double mean = java.util.Arrays.stream(drawn[0]).average().orElseThrow();
        assertThat(Math.abs(mean - 30)).isLessThan(4 * Math.sqrt(2100.0 / 18 / 20_000));
    }

    /**
     * The Wmo and Zvw savings have the same triangular shape (sd 10.80 and 5.40). Independent, their
     * sum has sd sqrt(2100/18 + 525/18) = 12.08; with rank 1 one is a linear function of the other and
     * the sd is the sum, 16.20. With rank -1 one falls as the other rises; a skewed triangular is not
     * a linear function of its mirror image, so the sd lies between the difference, 5.40, and the
     * independent 12.08, well below the latter. The sum is taken from the draws.
     */
    @Test
    void spreadOfTheSumFollowsTheCorrelation() throws Exception {
        String base = Files.readString(Path.of(BASE));
        double sdX = Math.sqrt(2100.0 / 18);
        double sdY = Math.sqrt(525.0 / 18);
        int n = 20_000;
        double independent = Math.sqrt(sdX * sdX + sdY * sdY);
        double[][] expected = {{1, sdX + sdY}, {0, independent}, {-1, Double.NaN}};
        for (double[] e : expected) {
            Path file = write("rank.yaml", base.replace("rank: 0.6", "rank: " + e[0]));
            double[][] drawn = draws(file, n, 5);
            double[] sum = new double[n];
            for (int d = 0; d < n; d++) {
                sum[d] = drawn[0][d] + drawn[1][d];
            }
            if (e[0] == -1) {
                assertThat(sd(sum)).isBetween(sdX - sdY, independent - 4);
                continue;
            }
            // The standard error of a sample sd is about sd / sqrt(2N); four of them.
            assertThat(sd(sum)).as("rank %s", e[0]).isCloseTo(e[1],
                    org.assertj.core.data.Offset.offset(4 * e[1] / Math.sqrt(2.0 * n)));
        }
    }

    @Test
    void metadataRecordsTheCorrelationAndItsCopula() throws Exception {
        Path out = dir.resolve("meta");
        Cli.Result result = Cli.run("simulate", BASE, "--draws", "100", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        // 2 sin(pi 0.6 / 6) = 0.61803...
        assertThat(Files.readAllLines(out.resolve("simulation-metadata.csv"))).contains("correlation:" + WMO + "|" + ZVW
                + ",\"rank 0.6; normal copula, Pearson 0.6180\"");
    }

    @Test
    void invalidCorrelationsAreLocatedWithExitTwoAndNoOutput() throws Exception {
        String base = Files.readString(Path.of(BASE));
        expectRefused(base + extra(ZVW, WMO, "0.2"), "dup.yaml:30:5: correlations[1].between: the pair "
                + ZVW + " and " + WMO + " is already correlated at correlations[0]");
        expectRefused(base.replace("      - " + ZVW + "\n", "      - " + WMO + "\n"),
                "self.yaml:25:5: correlations[0].between: a parameter cannot be correlated with itself");
        expectRefused(base.replace("      - " + ZVW + "\n", "      - kernaanpakken.k.effects[0].amounts.Zv\n"),
                "unknown.yaml:27:9: correlations[0].between[1]: unknown parameter 'kernaanpakken.k.effects[0].amounts.Zv'");
        expectRefused(base.replace("      - " + WMO + "\n", "      - kernaanpakken.k.clienten\n"),
                "noband.yaml:26:9: correlations[0].between[0]: the parameter 'kernaanpakken.k.clienten' has no band");
        expectRefused(base.replace("rank: 0.6", "rank: 1.2"),
                "outside.yaml:28:11: correlations[0].rank: expected a rank correlation from -1 to 1, got 1.2");
        expectRefused(base.replace("rank: 0.6", "rank: 0.9") + extra(ZVW, WLZ, "0.9") + extra(WMO, WLZ, "-0.9"),
                "psd.yaml:24:1: correlations: these correlations cannot hold together: their correlation matrix is "
                        + "not positive semidefinite");
        expectRefused(base.replace("    assumption: \"the same", "    note: \"the same"),
                "provenance.yaml:25:5: correlations[0]: missing provenance");
    }

    private int refused;

    private void expectRefused(String text, String message) throws IOException {
        String name = message.substring(0, message.indexOf(':'));
        Path file = write(name, text);
        Path out = dir.resolve("out-" + refused++);
        Cli.Result result = Cli.run("simulate", file.toString(), "--draws", "10", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(message).doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(Cli.run("validate", file.toString()).exitCode()).isEqualTo(2);
    }

    /** The copula's root reproduces its matrix, also a singular one (rank 1), and the conversion is Pearson's. */
    @Test
    void copulaRootReproducesTheMatrix() {
        List<Correlation> pairs = List.of(correlation("a", "b", "1"), correlation("b", "c", "0.5"),
                correlation("a", "c", "0.5"));
        GaussianCopula copula = GaussianCopula.of(List.of("a", "b", "c"), pairs,
                new GaussianCopula.NotPositiveSemidefinite[1]).orElseThrow();
        assertThat(copula.normals()).isEqualTo(2);
        double[][] pearson = copula.pearsonMatrix();
        assertThat(pearson[0][2]).isCloseTo(2 * Math.sin(Math.PI * 0.5 / 6), org.assertj.core.data.Offset.offset(1e-15));
        // Each unit vector e_r through the root gives column r of B; B B^T must be the matrix.
        double[][] b = new double[3][2];
        for (int r = 0; r < 2; r++) {
            double[][] e = new double[2][1];
            e[r][0] = 1;
            double[][] z = new double[3][1];
            copula.correlate(e, z, 1);
            for (int i = 0; i < 3; i++) {
                b[i][r] = z[i][0];
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(b[i][0] * b[j][0] + b[i][1] * b[j][1]).isCloseTo(pearson[i][j],
                        org.assertj.core.data.Offset.offset(1e-12));
            }
        }
    }

    /**
     * Without correlations a block's draws are exactly the samplers' own, in input order, from the
     * block's stream (the seed's generator jumped once per block): what every earlier version drew.
     */
    @Test
    void withoutCorrelationsEachParameterDrawsItsOwnStreamAsBefore() throws Exception {
        RunResult pluswijken = Computation.of(Path.of("scenarios/pluswijken.yaml"));
        assertThat(pluswijken.scenario().correlations()).isEmpty();
        Simulation simulation = Simulation.of(pluswijken);
        List<double[][][]> blocks = new ArrayList<>();
        simulation.run(new SimulationSettings(2 * Simulation.BLOCK, 9, 2, true), d -> { },
                (first, inputs, nets, n) -> blocks.add(inputs));
        JumpableUniformRandomProvider base = (JumpableUniformRandomProvider) Simulation.GENERATOR.create(9L);
        var plan = Levels.compile(pluswijken);
        for (double[][][] block : blocks) {
            UniformRandomProvider rng = base.jump();
            for (int i = 0; i < plan.inputs().size(); i++) {
                BandSampler sampler = BandSampler.of(plan.inputs().get(i).parameter(), pluswijken.scenario().years(),
                        new ArrayList<>()).orElseThrow();
                double[][] own = new double[plan.planYears()][Simulation.BLOCK];
                sampler.draw(rng, own, Simulation.BLOCK);
                for (int y = 0; y < own.length; y++) {
                    assertThat(block[i][y]).isEqualTo(own[y]);
                }
            }
        }
    }

    private double[][] draws(Path scenario, int n, long seed) throws Exception {
        RunResult result = Computation.of(scenario);
        Simulation simulation = Simulation.of(result);
        List<String> paths = simulation.parameters().stream().map(nl.impact.model.Parameter::path).toList();
        int[] columns = {paths.indexOf(WMO), paths.indexOf(ZVW), paths.indexOf(WLZ)};
        double[][] drawn = new double[3][n];
        simulation.run(new SimulationSettings(n, seed, 2, true), d -> { }, (first, inputs, nets, count) -> {
            for (int c = 0; c < 3; c++) {
                System.arraycopy(inputs[columns[c]][0], 0, drawn[c], (int) first, count);
            }
        });
        return drawn;
    }

    private static double sd(double[] values) {
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }

    private static Correlation correlation(String a, String b, String rank) {
        return new Correlation(a, b, new java.math.BigDecimal(rank),
                new nl.impact.model.Provenance(nl.impact.model.Provenance.Kind.ASSUMPTION, "test"), "correlations[0]");
    }

    private static String extra(String a, String b, String rank) {
        return "  - between:\n      - " + a + "\n      - " + b + "\n    rank: " + rank + "\n    source: test\n";
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
