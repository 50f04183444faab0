package nl.impact.report.html;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sensitivity analysis for the report's tornado section: the outcome at the base case and, per
 * parameter, the outcome with that parameter at the low and at the high end of its band. Given by
 * the caller (the sensitivity analysis), never computed here.
 *
 * @param key names the figures in the report's cells, e.g. {@code sensitivity|total|npv}
 */
public record Tornado(String outcome, String key, BigDecimal base, List<Bar> bars) {

    /** One parameter: the outcome at its low and at its high value. */
    public record Bar(String parameter, BigDecimal low, BigDecimal high) {
    }
}
