package nl.impact.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a KPI's band holds the value of each year on its own, or the running total since the
 * first year of the scenario (the plan's "cumulatief").
 */
public enum Accumulation {
    PER_YEAR, CUMULATIVE;

    /** The key used in scenario files: {@code per-year}, {@code cumulative}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Accumulation> fromKey(String key) {
        for (Accumulation a : values()) {
            if (a.key().equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
