package nl.impact.report.html;

import java.math.BigDecimal;
import java.util.List;

/**
 * A simulation's result for the report's uncertainty section: per year, percentiles of one outcome
 * over the draws. Given by the caller (the simulation), never computed here.
 *
 * @param key names the figures in the report's cells, e.g. {@code simulation|total|cumulative_net}
 */
public record Uncertainty(String outcome, String key, int draws, List<Year> years) {

    /** The 5th, 50th and 95th percentile in one year. */
    public record Year(int year, BigDecimal p5, BigDecimal p50, BigDecimal p95) {
    }
}
