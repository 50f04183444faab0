package nl.impact.model;

import java.util.Locale;

/**
 * The three scenarios every figure is computed for. MIN and MAX are the plan's minimal-effect and
 * maximal-effect scenarios, not the smaller and the larger number.
 */
public enum Variant {
    MIN, EXPECTED, MAX;

    /** The name used in files and column headers: {@code min}, {@code expected}, {@code max}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
