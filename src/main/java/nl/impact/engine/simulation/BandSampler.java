package nl.impact.engine.simulation;

import java.util.List;
import java.util.Optional;
import nl.impact.calc.distribution.BandDistribution;
import nl.impact.model.Parameter;
import nl.impact.model.YearRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;

/**
 * Draws one banded parameter: one value per draw, placed on every plan year's band, so that a
 * per-year band swings as one (the same quantile in each year). When every year's band has the same
 * shape (the same relative position of the expected value), one standard variate on [0, 1] is drawn
 * with the distribution's own sampler and scaled onto each year; otherwise (and for normal,
 * lognormal and gamma) one uniform quantile goes through each year's inverse distribution function,
 * restricted to the band when truncated. A count with a band of whole numbers is drawn whole: its
 * distribution lies on the band widened by half a unit on either side, and each value is rounded to
 * the nearest whole number as it is placed ({@link BandDistribution#round}).
 */
final class BandSampler {

    private final Parameter parameter;
    private final BandDistribution distribution;
    private final double[] low;
    private final double[] width;
    private final ContinuousDistribution standard;
    private final TriangularInverse triangular;
    private final boolean whole;

    private BandSampler(Parameter parameter, BandDistribution distribution) {
        this.parameter = parameter;
        this.distribution = distribution;
        this.low = new double[distribution.years()];
        this.width = new double[distribution.years()];
        for (int y = 0; y < low.length; y++) {
            low[y] = distribution.low(y);
            width[y] = distribution.width(y);
        }
        this.standard = distribution.standard();
        this.whole = distribution.whole();
        this.triangular = standard instanceof TriangularDistribution t
                ? new TriangularInverse(t.getSupportLowerBound(), t.getMode(), t.getSupportUpperBound()) : null;
    }

    /**
     * The sampler of a banded parameter, or a problem with its distribution (added to {@code problems};
     * the scenario's reader has refused those already, see {@link BandDistribution}).
     */
    static Optional<BandSampler> of(Parameter parameter, YearRange years, List<String> problems) {
        return BandDistribution.of(parameter, years, problems).map(d -> new BandSampler(parameter, d));
    }

    Parameter parameter() {
        return parameter;
    }

    /** Draws {@code n} values with {@code rng} and writes them on each plan year's band: {@code columns[year][draw]}. */
    void draw(UniformRandomProvider rng, double[][] columns, int n) {
        drawStandard(rng, columns, n);
        if (standard != null) {
            scale(columns, n);
        }
    }

    /**
     * Draws {@code n} values with {@code rng} as {@link #draw} does, but where one standard variate
     * serves every year it leaves that variate in {@code columns[0]} unplaced: {@link #place} puts a
     * year's value straight where it is used, without a column per year in between.
     */
    void drawStandard(UniformRandomProvider rng, double[][] columns, int n) {
        if (triangular != null) {
            // Commons Statistics samples a triangular distribution by inversion (its createSampler is
            // the inverse transform of one nextDouble() per value), so the uniforms drawn first and
            // inverted in a second loop, by the library's inverse restated without a branch
            // (TriangularInverse), are the very same values: faster, as the inversion's loop no
            // longer waits on the generator nor on mispredicted branches.
            double[] first = columns[0];
            for (int d = 0; d < n; d++) {
                first[d] = rng.nextDouble();
            }
            triangular.apply(first, n);
        } else if (standard != null) {
            ContinuousDistribution.Sampler sampler = standard.createSampler(rng);
            double[] first = columns[0];
            for (int d = 0; d < n; d++) {
                first[d] = sampler.sample();
            }
        } else {
            double[] u = columns[0];
            for (int d = 0; d < n; d++) {
                u[d] = rng.nextDouble();
            }
            fromUniform(u, columns, n);
        }
    }

    /** Writes the values at quantiles {@code u} (which may be {@code columns[0]}) on each year's band. */
    void fromUniform(double[] u, double[][] columns, int n) {
        standardFromUniform(u, columns, n);
        if (standard != null) {
            scale(columns, n);
        }
    }

    /**
     * The values at quantiles {@code u}, left as {@link #drawStandard} leaves its draws (one
     * standard variate in {@code columns[0]} where that serves every year): for {@link #place}.
     */
    void standardFromUniform(double[] u, double[][] columns, int n) {
        if (standard != null) {
            double[] first = columns[0];
            for (int d = 0; d < n; d++) {
                first[d] = standard.inverseCumulativeProbability(u[d]);
            }
            return;
        }
        for (int y = columns.length - 1; y >= 0; y--) {
            double[] column = columns[y];
            for (int d = 0; d < n; d++) {
                column[d] = distribution.value(y, u[d]);
            }
        }
    }

    /** Year {@code y}'s values of draws {@code from..from+n-1} drawn by {@link #drawStandard}, into {@code into}. */
    void place(double[][] columns, int y, int from, double[] into, int n) {
        if (standard == null) {
            System.arraycopy(columns[y], from, into, 0, n);
            return;
        }
        double[] x = columns[0];
        double lo = low[y];
        double w = width[y];
        for (int d = 0; d < n; d++) {
            into[d] = lo + x[from + d] * w;
        }
        if (whole) {
            for (int d = 0; d < n; d++) {
                into[d] = distribution.round(y, into[d]);
            }
        }
    }

    /** True when the parameter is drawn as a whole number (a count with a band of whole numbers). */
    boolean whole() {
        return whole;
    }

    /** {@code columns[0]} holds standard variates on [0, 1]: place them on every year's band. */
    private void scale(double[][] columns, int n) {
        double[] x = columns[0];
        for (int y = columns.length - 1; y >= 0; y--) {
            double[] column = columns[y];
            double lo = low[y];
            double w = width[y];
            for (int d = 0; d < n; d++) {
                column[d] = lo + x[d] * w;
            }
            if (whole) {
                for (int d = 0; d < n; d++) {
                    column[d] = distribution.round(y, column[d]);
                }
            }
        }
    }
}
