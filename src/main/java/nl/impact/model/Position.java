package nl.impact.model;

import java.util.Locale;

/**
 * Where a value lies against a KPI band, in terms of performance rather than of numbers: BELOW
 * is worse than the minimal effect, ABOVE better than the maximal effect. For a lower-is-better
 * KPI, BELOW is therefore a number higher than the band.
 */
public enum Position {
    BELOW, WITHIN, ABOVE;

    /** The word used in outputs: {@code below}, {@code within}, {@code above}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
