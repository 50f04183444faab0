package nl.impact.engine.simulation;

import java.util.List;
import java.util.Optional;
import nl.impact.model.Distribution;
import nl.impact.model.Parameter;
import nl.impact.model.YearRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * Draws one banded parameter: one value per draw, placed on every plan year's band, so that a
 * per-year band swings as one (the same quantile in each year). When every year's band has the same
 * shape (the same relative position of the expected value), one standard variate on [0, 1] is drawn
 * with the distribution's own sampler and scaled onto each year; otherwise (and for normal,
 * lognormal and gamma) one uniform quantile goes through each year's inverse distribution function,
 * restricted to the band when truncated.
 */
final class BandSampler {

    private final Parameter parameter;
    private final double[] low;
    private final double[] width;
    private final ContinuousDistribution standard;
    private final ContinuousDistribution[] perYear;
    private final double[] pLow;
    private final double[] pHigh;
    private final TriangularInverse triangular;

    private BandSampler(Parameter parameter, double[] low, double[] width, ContinuousDistribution standard,
            ContinuousDistribution[] perYear, double[] pLow, double[] pHigh) {
        this.parameter = parameter;
        this.low = low;
        this.width = width;
        this.standard = standard;
        this.perYear = perYear;
        this.pLow = pLow;
        this.pHigh = pHigh;
        this.triangular = standard instanceof TriangularDistribution t
                ? new TriangularInverse(t.getSupportLowerBound(), t.getMode(), t.getSupportUpperBound()) : null;
    }

    /** The sampler of a banded parameter, or a problem with its distribution (added to {@code problems}). */
    static Optional<BandSampler> of(Parameter parameter, YearRange years, List<String> problems) {
        Distribution d = parameter.distribution();
        int count = years.last() - years.first() + 1;
        double[] low = new double[count];
        double[] width = new double[count];
        double[] mode = new double[count];
        double[] relative = new double[count];
        boolean sameShape = true;
        double shape = Double.NaN;
        int before = problems.size();
        for (int y = 0; y < count; y++) {
            int year = years.first() + y;
            double min = parameter.values().min().at(year).doubleValue();
            double max = parameter.values().max().at(year).doubleValue();
            mode[y] = parameter.values().expected().at(year).doubleValue();
            low[y] = Math.min(min, max);
            width[y] = Math.abs(max - min);
            boolean inside = mode[y] >= low[y] && mode[y] <= low[y] + width[y];
            if ((d.type() == Distribution.Type.PERT || d.type() == Distribution.Type.TRIANGULAR) && !inside) {
                problems.add("the expected value " + plain(mode[y]) + " lies outside the band " + plain(low[y])
                        + " to " + plain(low[y] + width[y]) + " in " + year + "; a " + d.type().key()
                        + " distribution needs it within (or choose another distribution)");
            }
            if ((d.type() == Distribution.Type.LOGNORMAL || d.type() == Distribution.Type.GAMMA) && mode[y] <= 0) {
                problems.add("a " + d.type().key() + " distribution needs an expected value greater than zero; got "
                        + plain(mode[y]) + " in " + year);
            }
            if (width[y] > 0) {
                relative[y] = (mode[y] - low[y]) / width[y];
                if (!Double.isNaN(shape) && Math.abs(relative[y] - shape) > 1e-12) {
                    sameShape = false;
                }
                shape = relative[y];
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        double c = Double.isNaN(shape) ? 0.5 : shape;
        ContinuousDistribution standard = switch (d.type()) {
            case PERT -> BetaDistribution.of(1 + 4 * c, 1 + 4 * (1 - c));
            case TRIANGULAR -> TriangularDistribution.of(0, c, 1);
            case UNIFORM -> UniformContinuousDistribution.of(0, 1);
            case BETA -> BetaDistribution.of(d.parameter("alpha").doubleValue(), d.parameter("beta").doubleValue());
            default -> null;
        };
        // Beta's shape does not follow the expected value, so it has the same shape in every year.
        if (standard != null && (sameShape || d.type() == Distribution.Type.BETA || d.type() == Distribution.Type.UNIFORM)) {
            return Optional.of(new BandSampler(parameter, low, width, standard, null, null, null));
        }
        ContinuousDistribution[] perYear = new ContinuousDistribution[count];
        double[] pLow = new double[count];
        double[] pHigh = new double[count];
        for (int y = 0; y < count; y++) {
            double r = width[y] > 0 ? relative[y] : 0.5;
            perYear[y] = switch (d.type()) {
                case PERT -> BetaDistribution.of(1 + 4 * r, 1 + 4 * (1 - r));
                case TRIANGULAR -> TriangularDistribution.of(0, r, 1);
                case NORMAL -> NormalDistribution.of(mode[y], d.parameter("sd").doubleValue());
                case LOGNORMAL -> LogNormalDistribution.of(Math.log(mode[y]), d.parameter("sigma").doubleValue());
                case GAMMA -> GammaDistribution.of(d.parameter("shape").doubleValue(),
                        mode[y] / d.parameter("shape").doubleValue());
                default -> throw new IllegalStateException("no per-year form for " + d.type());
            };
            boolean onBand = !d.type().truncatable();
            pLow[y] = onBand || !d.truncate() ? 0 : perYear[y].cumulativeProbability(low[y]);
            pHigh[y] = onBand || !d.truncate() ? 1 : perYear[y].cumulativeProbability(low[y] + width[y]);
            if (d.type().truncatable() && d.truncate() && width[y] > 0 && !(pHigh[y] > pLow[y])) {
                problems.add("the band " + plain(low[y]) + " to " + plain(low[y] + width[y]) + " in "
                        + (years.first() + y) + " has no probability under " + d.describe()
                        + " around " + plain(mode[y]) + "; widen the band or the distribution");
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new BandSampler(parameter, low, width, null, perYear, pLow, pHigh));
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
            ContinuousDistribution dist = perYear[y];
            boolean onBand = !parameter.distribution().type().truncatable();
            for (int d = 0; d < n; d++) {
                double v = dist.inverseCumulativeProbability(pLow[y] + u[d] * (pHigh[y] - pLow[y]));
                column[d] = width[y] == 0 ? low[y] : onBand ? low[y] + v * width[y] : v;
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
        }
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
