package nl.impact.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A count is drawn as a whole number (issue 20): the tiered price of
 * {@code simulation/tiered-price.yaml}, 7,000 per organisation and 6,100 each from 6 organisations
 * on, 5 to 8 organisations (6 expected), PERT. Drawn as fractions, its median cost was one no whole
 * number of organisations gives and a quarter of the draws cost more at 5.6 organisations than at 6.
 */
class WholeCountsTest {

    private static final String SCENARIO = "src/test/resources/simulation/tiered-price.yaml";

    /** The line's cost for k whole organisations. */
    private static double cost(int k) {
        return k * (k >= 6 ? 6100.0 : 7000.0);
    }

    /** The effect's 100 participants at 400 each: the plan's benefits, certain. */
    private static final double BENEFITS = 40_000;

    @TempDir
    Path dir;

    @Test
    void everyDrawHasAWholeCountAndACostAWholeNumberGives() throws Exception {
        Cli.Result result = Cli.run("simulate", SCENARIO, "--draws", "2000", "--seed", "7", "--export-draws",
                "--out", dir.resolve("out").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();

        Map<Integer, Integer> counts = new TreeMap<>();
        List<String[]> draws = draws(dir.resolve("out/simulation-draws.csv.gz"));
        assertThat(draws).hasSize(2000);
        for (String[] draw : draws) {
            double organisations = Double.parseDouble(draw[1]);
            assertThat(organisations).as("draw %s", draw[0]).isEqualTo(Math.rint(organisations)).isBetween(5.0, 8.0);
            int k = (int) organisations;
            // Each draw's net is the certain benefits minus what its whole number of organisations costs.
            assertThat(Double.parseDouble(draw[2])).as("draw %s", draw[0]).isEqualTo(BENEFITS - cost(k));
            counts.merge(k, 1, Integer::sum);
        }
        // Every whole number of the band is drawn, each as often as its unit of the PERT distribution on
        // the band widened by half a unit (4.5 to 8.5, mode 6: beta(2.5, 3.5)) says, within 4 standard errors.
        BetaDistribution beta = BetaDistribution.of(1 + 4 * 1.5 / 4, 1 + 4 * 2.5 / 4);
        double mean = 0;
        for (int k = 5; k <= 8; k++) {
            double p = beta.cumulativeProbability((k + 0.5 - 4.5) / 4) - beta.cumulativeProbability((k - 0.5 - 4.5) / 4);
            mean += k * p;
            assertThat(counts.getOrDefault(k, 0) / 2000.0).as("P(%d organisations)", k)
                    .isCloseTo(p, org.assertj.core.data.Offset.offset(4 * Math.sqrt(p * (1 - p) / 2000)));
        }
        // The discrete form's mean stays near the band's PERT mean, (5 + 4 x 6 + 8) / 6.
        assertThat(mean).isCloseTo(37.0 / 6, org.assertj.core.data.Offset.offset(0.02));

        // Every percentile of the line's cost is a cost some whole number of organisations gives.
        List<Double> whole = List.of(cost(5), cost(6), cost(7), cost(8));
        CSVRecord investments = Csv.read(dir.resolve("out/simulation.csv")).rows().stream()
                .filter(r -> r.get("level").equals("total") && r.get("measure").equals("investments")
                        && r.get("year").equals("all"))
                .findFirst().orElseThrow();
        for (String p : List.of("p5", "p25", "p50", "p75", "p95")) {
            assertThat(Double.parseDouble(investments.get(p))).as(p).isIn(whole);
        }
        // The median is 6 organisations: 36,600, where fractional draws gave about 39,600.
        assertThat(investments.get("p50")).isEqualTo("36600.00");
        // Net positive exactly when at most 6 organisations join.
        CSVRecord net = Csv.read(dir.resolve("out/simulation.csv")).rows().stream()
                .filter(r -> r.get("level").equals("total") && r.get("measure").equals("net") && r.get("year").equals("all"))
                .findFirst().orElseThrow();
        assertThat(net.get("probability_positive")).isEqualTo(String.format(java.util.Locale.ROOT, "%.4f",
                (counts.get(5) + counts.get(6)) / 2000.0));
        assertThat(Files.readString(dir.resolve("out/simulation-metadata.csv")))
                .contains("organisaties,pert; min 5; expected 6; max 8; drawn as whole numbers");
    }

    @Test
    void wholeCountsGiveTheSameBytesWithOneAndTwoThreads() throws Exception {
        List<String> files = List.of("simulation.csv", "simulation-financiers.csv", "simulation-break-even.csv",
                "simulation-metadata.csv", "simulation-draws.csv.gz");
        for (String threads : List.of("1", "2")) {
            // Three blocks and a part: with two threads, blocks finish out of order.
            Cli.Result result = Cli.run("simulate", SCENARIO, "--draws", Integer.toString(3 * Simulation.BLOCK + 123),
                    "--seed", "7", "--export-draws", "--threads", threads, "--out", dir.resolve(threads).toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
        }
        for (String file : files) {
            assertThat(Files.readAllBytes(dir.resolve("2").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("1").resolve(file)));
        }
    }

    private static List<String[]> draws(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            assertThat(header).isEqualTo("draw,begroting.lines.licenties.parameters.organisaties,net_zorgverzekeraar,net_total");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(","));
            }
        }
        return rows;
    }
}
