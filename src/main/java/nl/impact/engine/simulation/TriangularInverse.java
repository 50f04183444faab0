package nl.impact.engine.simulation;

import org.apache.commons.statistics.distribution.TriangularDistribution;

/**
 * Commons Statistics' triangular inverse distribution function
 * ({@link TriangularDistribution#inverseCumulativeProbability}) over a column of quantiles, written
 * without its data-dependent branch: the draws' quantiles fall on either side of the mode at random,
 * so the library's branch is mispredicted about as often as not and costs more than the square root.
 * The same operations on the same constants, each side's argument and result chosen by a bit mask,
 * give the library's values bit for bit ({@code TriangularInverseTest}). Quantiles come from the
 * generator's {@code nextDouble()}, within [0, 1); the library's check of the range is left out.
 */
final class TriangularInverse {

    private final double a;
    private final double b;
    private final double cdfMode;
    private final double divisor1;
    private final double divisor2;

    /** The inverse of the triangular distribution from {@code a} over mode {@code c} to {@code b}, as the library computes it. */
    TriangularInverse(double a, double c, double b) {
        this.a = a;
        this.b = b;
        // The library's own constants, computed as its constructor computes them.
        this.divisor1 = (b - a) * (c - a);
        this.divisor2 = (b - a) * (b - c);
        this.cdfMode = (c - a) / (b - a);
    }

    /** Replaces each quantile {@code p[0..n-1]} with the value of the distribution at it. */
    void apply(double[] p, int n) {
        for (int d = 0; d < n; d++) {
            double q = p[d];
            // All ones where q < cdfMode: the sign of the difference, which is never zero for distinct values.
            long below = Double.doubleToRawLongBits(q - cdfMode) >> 63;
            double s = Math.sqrt(select(below, q * divisor1, (1 - q) * divisor2));
            double v = select(below, a + s, b - s);
            // The library's special cases, never taken in practice: a predictable branch.
            p[d] = q == 0 ? a : q == 1 ? b : v;
        }
    }

    private static double select(long mask, double ifSet, double otherwise) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(ifSet) & mask | Double.doubleToRawLongBits(otherwise) & ~mask);
    }
}
