package nl.impact.engine.simulation;

import java.util.List;
import nl.impact.model.Parameter;
import nl.impact.model.Scenario;

/**
 * What a simulation found: per level, measure and year (or over all years) the mean, standard
 * deviation, percentiles and probability of a positive value; per financier the distribution of the
 * break-even year and the Monte Carlo standard error of the mean net; and how it was drawn.
 *
 * @param parameters the banded parameters drawn: the plan's, then those only KPIs use
 * @param kpis per KPI with a band and band year, the probability of landing below, within and above it
 * @param kpisNotSimulated the KPIs with a band whose calculator has no compiled form
 * @param histogramBins 0 when percentiles are exact, else the bins of each histogram sketch
 * @param areas an area scenario's nets per gemeente (and per area on request); null without an area table
 */
public record SimulationResult(Scenario scenario, SimulationSettings settings, String generator, int blockSize,
        int histogramBins, List<Parameter> parameters, List<Row> rows, List<BreakEven> breakEven,
        List<KpiProbabilities.Row> kpis, List<KpiProbabilities.NotSimulated> kpisNotSimulated, AreaNets areas) {

    /** A result without KPI probabilities. */
    public SimulationResult(Scenario scenario, SimulationSettings settings, String generator, int blockSize,
            int histogramBins, List<Parameter> parameters, List<Row> rows, List<BreakEven> breakEven) {
        this(scenario, settings, generator, blockSize, histogramBins, parameters, rows, breakEven, List.of(), List.of(),
                null);
    }

    /** The percentiles every row gives. */
    public static final double[] PERCENTILES = {0.05, 0.25, 0.50, 0.75, 0.95};

    /**
     * One row of simulation.csv.
     *
     * @param year the effect year, or 0 for all years
     */
    public record Row(Levels.Level level, String measure, int year, double mean, double sd, double[] percentiles,
            double probabilityPositive) {

        /** The Monte Carlo standard error of the mean. */
        public double standardError(long draws) {
            return sd / Math.sqrt(draws);
        }
    }

    /**
     * The break-even year's distribution of one financier: the probability per effect year that
     * the cumulative net first reaches zero or more then, and that it never does.
     */
    public record BreakEven(String financier, int firstYear, double[] probabilityPerYear, double probabilityNever) {
    }
}
