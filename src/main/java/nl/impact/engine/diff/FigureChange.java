package nl.impact.engine.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import nl.impact.model.Variant;

/**
 * One figure of the business case before and after, as business-case-summary.csv writes it, so
 * {@code change} is exactly the difference of the two files' cells.
 *
 * @param dimension {@code financier} or {@code total}
 * @param key the financier, or {@code total}
 * @param before null when the figure does not exist before (no investments: no ratio; a new financier)
 * @param after null when it does not exist after
 */
public record FigureChange(Variant variant, String dimension, String key, Measure measure, BigDecimal before,
        BigDecimal after) {

    /** After minus before; empty when either is missing. */
    public Optional<BigDecimal> change() {
        return before == null || after == null ? Optional.empty() : Optional.of(after.subtract(before));
    }

    /** The change in percent of the old figure's size, one decimal; empty when that is zero or missing, or a year. */
    public Optional<BigDecimal> percent() {
        if (before == null || after == null || before.signum() == 0 || measure == Measure.BREAK_EVEN_YEAR) {
            return Optional.empty();
        }
        return Optional.of(after.subtract(before).multiply(BigDecimal.valueOf(100))
                .divide(before.abs(), 1, RoundingMode.HALF_UP));
    }

    /** True when it changed: an amount by more than {@code tolerance} euros, anything else at all. */
    public boolean changed(BigDecimal tolerance) {
        if (before == null || after == null) {
            return !Objects.equals(before, after);
        }
        BigDecimal change = after.subtract(before).abs();
        return measure.isAmount() ? change.compareTo(tolerance) > 0 : change.signum() != 0;
    }
}
