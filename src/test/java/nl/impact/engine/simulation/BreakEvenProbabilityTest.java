package nl.impact.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * simulation-break-even.csv counts per draw the break-even year by the rule of the exact business
 * case (docs/budget.md): the first year from which the cumulative net stays at zero or more; none
 * when it ends below zero or when there are no flows.
 */
class BreakEvenProbabilityTest {

    private static final int DRAWS = 4000;

    @TempDir
    Path dir;

    /**
     * The scenario of src/test/resources/workbook-edge-cases/break-even.yaml with the zorgverzekeraar's
     * saving per client uniform on [1,000, 1,400]: its cumulative net is -10,000, 15c - 10,000 (above
     * zero), 15c - 18,000 (zero or more only when c is at least 1,200: half the draws) and 26c - 18,000
     * (above zero). So it breaks even in 2026 in half the draws and in 2028 in the other half, never
     * in 2025 or 2027, and always does. The gemeente ends below zero and the provincie has no flows
     * in every draw: neither ever breaks even.
     */
    @Test
    void aDrawBreaksEvenFromTheYearItsCumulativeNetStaysAtZeroOrMore() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/workbook-edge-cases/break-even.yaml"));
        String banded = text.replace("Zvw: {min: 900, expected: 1000, max: 1100, assumption: test}",
                "Zvw: {min: 1000, expected: 1200, max: 1400, distribution: uniform, assumption: test}");
        assertThat(banded).isNotEqualTo(text);
        Path scenario = Scenarios.write(dir, "break-even.yaml", banded);
        Cli.Result result = Cli.run("simulate", scenario.toString(), "--draws", Integer.toString(DRAWS), "--seed", "3",
                "--out", dir.resolve("out").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        Csv csv = Csv.read(dir.resolve("out/simulation-break-even.csv"));

        double in2026 = probability(csv, "zorgverzekeraar", "2026");
        assertThat(in2026).isCloseTo(0.5, within(3 * Math.sqrt(0.25 / DRAWS)));
        assertThat(probability(csv, "zorgverzekeraar", "2028")).isCloseTo(1 - in2026, within(1e-9));
        for (String none : new String[] {"2025", "2027", "never"}) {
            assertThat(probability(csv, "zorgverzekeraar", none)).as(none).isZero();
        }
        for (String financier : new String[] {"gemeente", "provincie"}) {
            assertThat(probability(csv, financier, "never")).as(financier).isEqualTo(1.0);
            for (int year = 2025; year <= 2028; year++) {
                assertThat(probability(csv, financier, Integer.toString(year))).as(financier + " " + year).isZero();
            }
        }
    }

    private static double probability(Csv csv, String financier, String year) {
        var rows = csv.where(Map.of("financier", financier, "break_even_year", year));
        assertThat(rows).as(financier + " " + year).hasSize(1);
        return Double.parseDouble(rows.get(0).get("probability"));
    }
}
