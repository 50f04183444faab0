package nl.impact.report.html;

import java.math.BigDecimal;
import java.util.List;

/**
 * A simulation's result for the report's uncertainty section, given by the caller (the simulation,
 * see {@link UncertaintyOf}), never computed here: per financier and in total the distribution of
 * the net over the horizon and the NPV, and the percentiles of the whole plan's cumulative net per
 * year for the fan chart. Every figure as simulation.csv writes it.
 *
 * @param key names the figures in the report's cells, e.g. {@code simulation}: a cell's key is
 *     {@code key|level|name|measure|year|column} with the columns of simulation.csv
 */
public record Uncertainty(String key, long draws, long seed, String generator, List<Figure> figures,
        List<Year> cumulativeNet, List<KpiRisk> kpis, List<String> kpisNotSimulated) {

    /** Without KPI probabilities: a simulation of a plan without KPIs with a band. */
    public Uncertainty(String key, long draws, long seed, String generator, List<Figure> figures,
            List<Year> cumulativeNet) {
        this(key, draws, seed, generator, figures, cumulativeNet, List.of(), List.of());
    }

    /** The columns of percentiles, as simulation.csv names them. */
    public static final List<String> PERCENTILES = List.of("p5", "p25", "p50", "p75", "p95");

    /**
     * One row of simulation.csv over all years: {@code level} and {@code name} as there, {@code label}
     * as a reader says it; {@code percentiles} P5, P25, P50, P75 and P95.
     */
    public record Figure(String level, String name, String label, String measure, List<BigDecimal> percentiles,
            BigDecimal mean, BigDecimal sd, BigDecimal probabilityPositive) {
    }

    /**
     * One row of simulation-kpis.csv: the probability over the draws that a KPI lands below, within
     * and above its band in one year, as written there (four decimals).
     */
    public record KpiRisk(String kpi, int year, BigDecimal below, BigDecimal within, BigDecimal above) {
    }

    /** The whole plan's cumulative net in one year: P5, P25, P50, P75 and P95. */
    public record Year(int year, List<BigDecimal> percentiles) {
    }
}
