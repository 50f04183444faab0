package nl.impact.calc.distribution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.impact.calc.compiled.Fault;
import nl.impact.model.Distribution;
import nl.impact.model.Limits;
import nl.impact.model.Parameter;
import nl.impact.model.ParameterKind;
import nl.impact.model.YearRange;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * A banded parameter's distribution in every plan year, as a simulation draws it (docs/uncertainty.md):
 * when every year's band has the same shape, one standard distribution on [0, 1] placed on each
 * year's band; otherwise (and for normal, lognormal and gamma) one distribution per year, restricted
 * to the band's probabilities when truncated. Built when the scenario is read, so that a distribution
 * that cannot be drawn (an expected value it cannot have, a band without probability, a draw that could
 * be infinite or beyond the limit on magnitudes) is refused by {@code validate}, with its place.
 *
 * <p>A count whose band has whole ends ({@link #whole}) is drawn as a whole number: its distribution
 * lies on the band widened by half a unit on either side, so that each whole number k of the band
 * takes the probability between k - 0.5 and k + 0.5, and a draw is rounded to the nearest whole
 * number ({@link #round}). The ends of the band keep a whole unit of probability each, a uniform band
 * becomes the discrete uniform one, and PERT's and the triangle's means, which widening both ends
 * alike leaves where they were, stay the band's.
 */
public final class BandDistribution {

    /**
     * The least quantile a draw is taken at, and one minus the greatest: the resolution of a uniform
     * draw ({@code nextDouble}). A quantile of exactly 0 or 1 would give an unbounded distribution's
     * infinite end; inside, every draw is finite and lies between the values at these two quantiles.
     */
    public static final double SMALLEST_QUANTILE = 0x1p-53;

    private final double[] low;
    private final double[] width;
    private final ContinuousDistribution standard;
    private final ContinuousDistribution[] perYear;
    private final double[] pLow;
    private final double[] pHigh;
    private final boolean onBand;
    /** For a count drawn whole, the band's own ends per year (the distribution lies half a unit beyond); else null. */
    private final double[] least;
    private final double[] greatest;
    /** True when every draw lies within the band: placed on it, or truncated to it. */
    private final boolean bounded;

    private BandDistribution(double[] low, double[] width, ContinuousDistribution standard,
            ContinuousDistribution[] perYear, double[] pLow, double[] pHigh, boolean onBand, boolean bounded,
            double[][] ends) {
        this.low = low;
        this.width = width;
        this.standard = standard;
        this.perYear = perYear;
        this.pLow = pLow;
        this.pHigh = pHigh;
        this.onBand = onBand;
        this.bounded = bounded;
        this.least = ends == null ? null : ends[0];
        this.greatest = ends == null ? null : ends[1];
    }

    /**
     * Whether a simulation draws the parameter as a whole number: a count whose band's ends (min
     * and max) are whole in every plan year. A count with a fraction at an end (2.5 fte) is of a
     * unit that divides, and is drawn as any other number.
     */
    public static boolean whole(Parameter parameter, YearRange years) {
        if (parameter.kind() != ParameterKind.COUNT || !parameter.banded()) {
            return false;
        }
        for (int year = years.first(); year <= years.last(); year++) {
            if (!isWhole(parameter.values().min().at(year)) || !isWhole(parameter.values().max().at(year))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /**
     * The distribution of a banded parameter over the plan years, or the problems that keep it from
     * being drawn, each a sentence added to {@code problems}.
     */
    public static Optional<BandDistribution> of(Parameter parameter, YearRange years, List<String> problems) {
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
            // Against the ends themselves: low + width may round below the upper end (-0.01 + 0.03).
            double high = Math.max(min, max);
            boolean inside = mode[y] >= low[y] && mode[y] <= high;
            if ((d.type() == Distribution.Type.PERT || d.type() == Distribution.Type.TRIANGULAR) && !inside) {
                problems.add("the expected value " + plain(mode[y]) + " lies outside the band " + plain(low[y])
                        + " to " + plain(high) + " in " + year + "; a " + d.type().key()
                        + " distribution needs it within (or choose another distribution)");
            }
            if ((d.type() == Distribution.Type.LOGNORMAL || d.type() == Distribution.Type.GAMMA) && mode[y] <= 0) {
                problems.add("a " + d.type().key() + " distribution needs an expected value greater than zero; got "
                        + plain(mode[y]) + " in " + year);
            }
            if (width[y] > 0) {
                // Within 0 to 1 though the division rounds: an expected value at an end is a shape's end.
                relative[y] = Math.min(1, Math.max(0, (mode[y] - low[y]) / width[y]));
                if (!Double.isNaN(shape) && Math.abs(relative[y] - shape) > 1e-12) {
                    sameShape = false;
                }
                shape = relative[y];
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        double[][] ends = null;
        if (whole(parameter, years)) {
            // Half a unit beyond either end, so that rounding gives each whole number of the band its own unit.
            ends = new double[][] {new double[count], new double[count]};
            shape = Double.NaN;
            sameShape = true;
            for (int y = 0; y < count; y++) {
                ends[0][y] = low[y];
                ends[1][y] = low[y] + width[y];
                if (width[y] > 0) {
                    low[y] -= 0.5;
                    width[y] += 1;
                    relative[y] = (mode[y] - low[y]) / width[y];
                    if (!Double.isNaN(shape) && Math.abs(relative[y] - shape) > 1e-12) {
                        sameShape = false;
                    }
                    shape = relative[y];
                }
            }
        }
        double c = Double.isNaN(shape) ? 0.5 : shape;
        ContinuousDistribution standard = switch (d.type()) {
            case PERT -> BetaDistribution.of(1 + 4 * c, 1 + 4 * (1 - c));
            case TRIANGULAR -> TriangularDistribution.of(0, c, 1);
            case UNIFORM -> UniformContinuousDistribution.of(0, 1);
            case BETA -> BetaDistribution.of(d.parameter("alpha").doubleValue(), d.parameter("beta").doubleValue());
            default -> null;
        };
        boolean onBand = !d.type().truncatable();
        // Beta's shape does not follow the expected value, so it has the same shape in every year.
        if (standard != null && (sameShape || d.type() == Distribution.Type.BETA || d.type() == Distribution.Type.UNIFORM)) {
            return Optional.of(new BandDistribution(low, width, standard, null, null, null, onBand, true, ends));
        }
        ContinuousDistribution[] perYear = new ContinuousDistribution[count];
        double[] pLow = new double[count];
        double[] pHigh = new double[count];
        for (int y = 0; y < count; y++) {
            int year = years.first() + y;
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
            boolean truncated = !onBand && d.truncate();
            pLow[y] = truncated ? perYear[y].cumulativeProbability(low[y]) : 0;
            pHigh[y] = truncated ? perYear[y].cumulativeProbability(low[y] + width[y]) : 1;
            if (truncated && width[y] > 0 && !(pHigh[y] > pLow[y])) {
                problems.add("the band " + plain(low[y]) + " to " + plain(low[y] + width[y]) + " in " + year
                        + " has no probability under " + d.describe() + " around " + plain(mode[y])
                        + "; widen the band or the distribution");
            }
            if (!onBand && !d.truncate() && width[y] > 0) {
                // Untruncated, the draws reach as far as the extreme quantiles (a year without width
                // takes its one value): they must stay numbers the engine accepts, as every input does.
                double least = perYear[y].inverseCumulativeProbability(SMALLEST_QUANTILE);
                double greatest = perYear[y].inverseCumulativeProbability(1 - SMALLEST_QUANTILE);
                double beyond = !withinMagnitude(greatest) ? greatest : !withinMagnitude(least) ? least : 0;
                if (beyond != 0) {
                    problems.add(d.describe() + " around " + plain(mode[y]) + " draws values as far as "
                            + Fault.number(beyond) + " in " + year + ", beyond -1e15 to 1e15 (the limit on magnitudes); "
                            + "truncate it to the band (the default) or narrow it");
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new BandDistribution(low, width, null, perYear, pLow, pHigh, onBand, onBand || d.truncate(), ends));
    }

    /** True when a draw is a whole number: see {@link #whole(Parameter, YearRange)} and {@link #round}. */
    public boolean whole() {
        return least != null;
    }

    /**
     * A count's value in plan year {@code y} drawn as {@code x} on its widened band: the nearest whole
     * number, kept within the band (a draw at the widened band's very end, which rounding would take
     * half a unit beyond, belongs to the end); {@code x} itself for any other parameter.
     */
    public double round(int y, double x) {
        if (least == null) {
            return x;
        }
        // An untruncated distribution reaches beyond the band: only rounded, as it reaches beyond it otherwise.
        return bounded ? Math.min(greatest[y], Math.max(least[y], Math.rint(x))) : Math.rint(x);
    }

    /** The number of plan years. */
    public int years() {
        return low.length;
    }

    /** The band's lower end in plan year {@code y} (from the first plan year). */
    public double low(int y) {
        return low[y];
    }

    /** The band's width in plan year {@code y}. */
    public double width(int y) {
        return width[y];
    }

    /** The distribution on [0, 1] placed on every year's band, or null when each year has its own. */
    public ContinuousDistribution standard() {
        return standard;
    }

    /**
     * The value at quantile {@code u} (0 to 1) of the band's distribution in plan year {@code y}, for a
     * distribution with one per year: within the band when truncated or placed on it, finite always.
     */
    public double value(int y, double u) {
        if (width[y] == 0) {
            return low[y];
        }
        // A count drawn whole: low and width are its widened band's, round (below) takes it back to whole numbers.
        double q = pLow[y] + u * (pHigh[y] - pLow[y]);
        // Only an end of an unbounded distribution is moved; any other quantile is taken as it is.
        if (q <= 0) {
            q = SMALLEST_QUANTILE;
        } else if (q >= 1) {
            q = 1 - SMALLEST_QUANTILE;
        }
        double v = perYear[y].inverseCumulativeProbability(q);
        return round(y, onBand ? low[y] + v * width[y] : v);
    }

    private static boolean withinMagnitude(double value) {
        return Math.abs(value) <= Limits.MAX_MAGNITUDE.doubleValue();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
