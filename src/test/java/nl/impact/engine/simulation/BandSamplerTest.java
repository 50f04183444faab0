package nl.impact.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.impact.model.Band;
import nl.impact.model.Distribution;
import nl.impact.model.Parameter;
import nl.impact.model.ParameterKind;
import nl.impact.model.Provenance;
import nl.impact.model.YearRange;
import nl.impact.model.YearValues;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.junit.jupiter.api.Test;

class BandSamplerTest {

    /**
     * The sampler draws a triangular band's uniforms first and inverts them in a second loop, for
     * speed: the values must be bit for bit those of Commons Statistics' own sampler on the same stream.
     */
    @Test
    void triangularDrawsAreThoseOfTheLibrarysOwnSampler() {
        Parameter parameter = new Parameter("p", "kernaanpakken.k.parameters.p", "euro", ParameterKind.AMOUNT, "",
                new Band<>(YearValues.constant(new BigDecimal("80")), YearValues.constant(new BigDecimal("130")),
                        YearValues.constant(new BigDecimal("150"))),
                null, true, new Provenance(Provenance.Kind.ASSUMPTION, "test"),
                new Distribution(Distribution.Type.TRIANGULAR, Map.of(), true));
        YearRange years = new YearRange(2025, 2027, 2027);
        List<String> problems = new ArrayList<>();
        BandSampler sampler = BandSampler.of(parameter, years, problems).orElseThrow();
        assertThat(problems).isEmpty();

        int n = 1000;
        double[][] columns = new double[3][n];
        sampler.draw(Simulation.GENERATOR.create(7L), columns, n);

        UniformRandomProvider rng = Simulation.GENERATOR.create(7L);
        ContinuousDistribution.Sampler library = TriangularDistribution.of(0, 50.0 / 70, 1).createSampler(rng);
        for (int d = 0; d < n; d++) {
            double expected = 80 + library.sample() * 70;
            for (int y = 0; y < 3; y++) {
                assertThat(columns[y][d]).as("draw %d, year %d", d, y).isEqualTo(expected);
            }
        }
        assertThat(java.util.Arrays.stream(columns[0]).allMatch(v -> v >= 80 && v <= 150)).isTrue();
    }

    /**
     * A uniform draw of exactly 0 (one in 2^53) would be an untruncated normal's quantile 0: minus
     * infinity. The quantile is kept at 2^-53, the draws' own resolution, about 8.2 sd below expected.
     */
    @Test
    void anUnboundedDistributionsQuantileOfZeroGivesAFiniteValue() {
        Parameter parameter = new Parameter("p", "kernaanpakken.k.parameters.p", "euro", ParameterKind.NUMBER, "",
                new Band<>(YearValues.constant(new BigDecimal("80")), YearValues.constant(new BigDecimal("100")),
                        YearValues.constant(new BigDecimal("150"))),
                null, true, new Provenance(Provenance.Kind.ASSUMPTION, "test"),
                new Distribution(Distribution.Type.NORMAL, Map.of("sd", BigDecimal.TEN), false));
        BandSampler sampler = BandSampler.of(parameter, new YearRange(2025, 2025, 2025), new ArrayList<>()).orElseThrow();
        double[][] columns = new double[1][2];
        sampler.fromUniform(new double[] {0, 0.5}, columns, 2);
        assertThat(columns[0][0]).isCloseTo(100 - 82.095, org.assertj.core.data.Offset.offset(0.01));
        assertThat(columns[0][1]).isEqualTo(100);
    }

    /**
     * A count with a band of whole numbers is drawn whole (docs/uncertainty.md): a uniform band of 5 to 8
     * becomes the discrete uniform one (each of 5, 6, 7 and 8 a quarter, the ends as likely as the
     * middle), every plan year's band of a per-year count at the same quantile; a count with a fraction
     * at an end (2.5 fte) stays continuous; an untruncated normal count is rounded but not held to its band.
     */
    @Test
    void aCountWithAWholeBandIsDrawnWhole() {
        YearRange years = new YearRange(2025, 2026, 2026);
        Distribution uniform = new Distribution(Distribution.Type.UNIFORM, Map.of(), true);
        BandSampler flat = BandSampler.of(count("5", "6", "8", uniform), years, new ArrayList<>()).orElseThrow();
        assertThat(flat.whole()).isTrue();
        int n = 40_000;
        double[][] columns = new double[2][n];
        flat.draw(Simulation.GENERATOR.create(3L), columns, n);
        int[] seen = new int[9];
        for (int d = 0; d < n; d++) {
            assertThat(columns[0][d]).isEqualTo(Math.rint(columns[0][d])).isBetween(5.0, 8.0);
            seen[(int) columns[0][d]]++;
        }
        for (int k = 5; k <= 8; k++) {
            assertThat(seen[k] / (double) n).as("P(%d)", k).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.01));
        }

        // Per year: 2025 from 5 to 8, 2026 from 10 to 16; the same quantile in both years.
        Band<YearValues> perYear = new Band<>(years(5, 10), years(6, 12), years(8, 16));
        BandSampler yearly = BandSampler.of(new Parameter("p", "kernaanpakken.k.p", "teams", ParameterKind.COUNT, "",
                perYear, null, true, new Provenance(Provenance.Kind.ASSUMPTION, "test")), years, new ArrayList<>())
                .orElseThrow();
        yearly.draw(Simulation.GENERATOR.create(3L), columns, n);
        boolean[] ends = new boolean[4];
        for (int d = 0; d < n; d++) {
            assertThat(columns[0][d]).isEqualTo(Math.rint(columns[0][d])).isBetween(5.0, 8.0);
            assertThat(columns[1][d]).isEqualTo(Math.rint(columns[1][d])).isBetween(10.0, 16.0);
            ends[0] |= columns[0][d] == 5;
            ends[1] |= columns[0][d] == 8;
            ends[2] |= columns[1][d] == 10;
            ends[3] |= columns[1][d] == 16;
        }
        assertThat(ends).containsOnly(true);

        BandSampler fte = BandSampler.of(count("1.5", "2", "3", Distribution.DEFAULT), years, new ArrayList<>())
                .orElseThrow();
        assertThat(fte.whole()).isFalse();
        fte.draw(Simulation.GENERATOR.create(3L), columns, n);
        assertThat(java.util.Arrays.stream(columns[0]).filter(v -> v != Math.rint(v)).count()).isGreaterThan(n - 10);

        // An untruncated normal around 6 (sd 3) reaches beyond 5 to 8: rounded, not cut off there.
        Distribution normal = new Distribution(Distribution.Type.NORMAL, Map.of("sd", new BigDecimal("3")), false);
        BandSampler wide = BandSampler.of(count("5", "6", "8", normal), years, new ArrayList<>()).orElseThrow();
        wide.draw(Simulation.GENERATOR.create(3L), columns, n);
        assertThat(java.util.Arrays.stream(columns[0]).allMatch(v -> v == Math.rint(v))).isTrue();
        assertThat(java.util.Arrays.stream(columns[0]).min().orElseThrow()).isLessThan(2);
        assertThat(java.util.Arrays.stream(columns[0]).max().orElseThrow()).isGreaterThan(11);
    }

    private static YearValues years(int in2025, int in2026) {
        return YearValues.perYear(new java.util.TreeMap<>(Map.of(2025, BigDecimal.valueOf(in2025),
                2026, BigDecimal.valueOf(in2026))));
    }

    private static Parameter count(String min, String expected, String max, Distribution distribution) {
        return new Parameter("p", "kernaanpakken.k.p", "teams", ParameterKind.COUNT, "",
                new Band<>(YearValues.constant(new BigDecimal(min)), YearValues.constant(new BigDecimal(expected)),
                        YearValues.constant(new BigDecimal(max))),
                null, true, new Provenance(Provenance.Kind.ASSUMPTION, "test"), distribution);
    }
}
