package nl.impact.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.junit.jupiter.api.Test;

class TriangularInverseTest {

    /**
     * The branch-free inverse gives Commons Statistics' values bit for bit: at random quantiles, at
     * the edges (0, the smallest positive, the greatest below 1, 1) and on and around the mode's
     * quantile, for modes at either end of the band, inside it, and on bands other than [0, 1].
     */
    @Test
    void givesTheLibrarysValuesBitForBit() {
        double[][] shapes = {{0, 0.5, 1}, {0, 50.0 / 70, 1}, {0, 0, 1}, {0, 1, 1}, {0, 1e-300, 1}, {0, 1 - 0x1p-53, 1},
            {0, 0.2, 1}, {80, 130, 150}, {-37.2, -31, -24.8}, {-5, -5, 3}, {1e6, 1.1e6, 1.3e6}};
        UniformRandomProvider rng = Simulation.GENERATOR.create(11L);
        for (double[] shape : shapes) {
            TriangularDistribution library = TriangularDistribution.of(shape[0], shape[1], shape[2]);
            TriangularInverse inverse = new TriangularInverse(shape[0], shape[1], shape[2]);
            double mode = (shape[1] - shape[0]) / (shape[2] - shape[0]);
            double[] edges = {0, Double.MIN_VALUE, 0x1p-53, 1 - 0x1p-53, 1, mode, Math.nextDown(mode), Math.nextUp(mode),
                0.5, 0.25, 0.75};
            int n = 200_000;
            double[] p = new double[n + edges.length];
            for (int d = 0; d < n; d++) {
                p[d] = rng.nextDouble();
            }
            System.arraycopy(edges, 0, p, n, edges.length);
            double[] values = p.clone();
            inverse.apply(values, values.length);
            for (int d = 0; d < p.length; d++) {
                if (p[d] >= 0 && p[d] <= 1) {
                    double expected = library.inverseCumulativeProbability(p[d]);
                    assertThat(Double.doubleToRawLongBits(values[d]))
                            .as("shape %s, quantile %s: %s against the library's %s", java.util.Arrays.toString(shape),
                                    p[d], values[d], expected)
                            .isEqualTo(Double.doubleToRawLongBits(expected));
                }
            }
        }
    }
}
