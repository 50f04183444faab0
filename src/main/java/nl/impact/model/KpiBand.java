package nl.impact.model;

import java.math.BigDecimal;

/**
 * A KPI's band in one year: {@code min} is the value of the minimal-effect scenario and
 * {@code max} that of the maximal-effect scenario, as the plan states them ("minimaal effect",
 * "maximaal effect"). For a higher-is-better KPI min is the smaller number; for a lower-is-better
 * KPI (fewer falls, a smaller gap) the minimal effect is the larger number, so min is at least max.
 */
public record KpiBand(int year, BigDecimal min, BigDecimal max, Provenance provenance) {

    /** True when min and max are the right way round for {@code direction} (equal is fine). */
    public static boolean ordered(BigDecimal min, BigDecimal max, Direction direction) {
        return !direction.isBetter(min, max);
    }

    /** Where {@code value} lies: worse than the minimal effect, within, or better than the maximal effect. */
    public Position position(BigDecimal value, Direction direction) {
        if (direction.isBetter(min, value)) {
            return Position.BELOW;
        }
        if (direction.isBetter(value, max)) {
            return Position.ABOVE;
        }
        return Position.WITHIN;
    }
}
