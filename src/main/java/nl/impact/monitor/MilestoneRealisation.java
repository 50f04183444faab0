package nl.impact.monitor;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What was realised of one milestone, as the realisations file reports it: a count, done or not,
 * or the date it was done. All three are null when the row says the value is missing.
 *
 * @param done for a yes/no or date target: whether it was done (null when missing)
 * @param date for a date target: the day it was done (null when not done or missing)
 * @param row the row in the realisations file, for messages
 */
public record MilestoneRealisation(String milestone, BigDecimal count, Boolean done, LocalDate date, String note,
        int row) {

    public boolean isMissing() {
        return count == null && done == null;
    }

    /** The value as outputs write it: the count, {@code yes}, {@code no}, the date; empty when missing. */
    public String value() {
        if (count != null) {
            return count.stripTrailingZeros().toPlainString();
        }
        if (date != null) {
            return date.toString();
        }
        return done == null ? "" : done ? "yes" : "no";
    }
}
