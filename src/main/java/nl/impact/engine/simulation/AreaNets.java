package nl.impact.engine.simulation;

import java.util.List;

/**
 * What a simulation of an area scenario found per gemeente (and, on request, per area): per financier
 * as gemeenten.csv and areas.csv name them, and for all of them, the net over all effect years'
 * mean, standard deviation, percentiles and probability of being positive. See docs/uncertainty.md.
 *
 * @param areas empty unless asked for
 * @param histogramBins 0 when percentiles are exact, else the bins of each series' histogram sketch
 */
public record AreaNets(List<Row> gemeenten, List<Row> areas, int histogramBins) {

    /** The financier column of the row for all financiers, as in gemeenten.csv and areas.csv. */
    public static final String ALL = "total";

    /** Whether a row is a gemeente's or an area's. */
    public enum Level { GEMEENTE, AREA }

    /**
     * One gemeente's or area's net of one financier (or {@link #ALL}).
     *
     * @param code the area's code, or the gemeente
     * @param name the area's name, or the gemeente
     * @param gemeente the gemeente (of the area)
     * @param financier the municipal financier as the gemeente ({@code gemeente Heerlen}), an insurer of a
     *     split financier ({@code zorgverzekeraar CZ}), any other as named, or {@link #ALL}
     */
    public record Row(Level level, String code, String name, String gemeente, String financier, double mean, double sd,
            double[] percentiles, double probabilityPositive) {

        /** The Monte Carlo standard error of the mean. */
        public double standardError(long draws) {
            return sd / Math.sqrt(draws);
        }
    }
}
