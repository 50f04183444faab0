package nl.impact.report.html;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sensitivity analysis for the report's tornado section: the outcome at the base case and, per
 * input, the outcome with that input at the low and at the high end of its swing. Given by the
 * caller (the sensitivity analysis), never computed here.
 *
 * @param key names the figures in the report's cells, e.g. {@code sensitivity|total|net}
 * @param range the range unbanded inputs were swung by ({@code ±10%}), empty when only bands were
 */
public record Tornado(String outcome, String key, BigDecimal base, List<Bar> bars, String range) {

    /**
     * One input: the outcome at its low and at its high value.
     *
     * @param key the input's path, as sensitivity.csv's {@code parameter} names it
     * @param label what a reader calls it, with the range's mark when it was swung by the range
     */
    public record Bar(String key, String label, BigDecimal low, BigDecimal high) {
    }
}
