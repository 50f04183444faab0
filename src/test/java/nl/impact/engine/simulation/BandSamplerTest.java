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
}
