package nl.impact.model;

import java.math.BigDecimal;

/**
 * The limits on every input, in one place (documented in docs/scenario-format.md, "Limits"). Each
 * lies far above any real plan and far below what would exhaust time or memory; each is checked up
 * front, with the place, so that no input is ever discovered as a crash or a hang.
 */
public final class Limits {

    /** Largest scenario or realisations file read, in bytes. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /**
     * Most nodes (maps, lists, keys and values) in one scenario file: a plan of 5,000 kernaanpakken
     * (about 80 nodes each) fits with room to spare; a hostile file of tiny nodes within
     * {@link #MAX_FILE_BYTES} (millions) is refused during the first streaming pass, before any tree is built.
     */
    public static final int MAX_NODES = 1_000_000;

    /**
     * Deepest nesting of maps and lists in a scenario document, and so the most steps of a path that
     * names a value in it ({@code --set}): a real plan nests about 8 deep.
     */
    public static final int MAX_DEPTH = 100;

    /** Longest key or text (a name, a source, a description, a table cell), in characters. */
    public static final int MAX_TEXT_LENGTH = 1_000;
    /** Longest {@code --set PATH=VALUE}, in characters: room for a path and a map of many texts. */
    public static final int MAX_OVERRIDE_LENGTH = 10_000;

    /** Earliest and latest year a plan, target, band or realisation may name. */
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2200;
    /** Most years from {@code years.first} to {@code years.effectsUntil}, both included. */
    public static final int MAX_PLAN_YEARS = 100;
    /** Largest timing offset and duration (years) of an effect. */
    public static final int MAX_TIMING_YEARS = MAX_PLAN_YEARS;

    /** Longest formula, in characters. */
    public static final int MAX_FORMULA_LENGTH = 1_000;
    /** Deepest nesting of a formula: parentheses, and operations within operations. */
    public static final int MAX_FORMULA_DEPTH = 40;
    /** Largest magnitude of any number: an input, a literal, and every intermediate and final result. */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e15");
    /** Most decimals an input number may have. */
    public static final int MAX_DECIMALS = 20;
    /** Largest magnitude of an exponent ({@code x ^ n}) and of ROUND's decimals. */
    public static final int MAX_EXPONENT = 1_000;

    /**
     * Least and greatest shape parameter of a distribution ({@code alpha} and {@code beta} of a beta,
     * {@code shape} of a gamma): beyond them computing a draw from its inverse distribution function
     * takes milliseconds or fails to converge (within them, at most about 0.2 ms).
     */
    public static final BigDecimal MIN_SHAPE = new BigDecimal("0.01");
    public static final BigDecimal MAX_SHAPE = new BigDecimal("10000");

    /** Problems printed in full; the rest are counted. */
    public static final int PROBLEMS_SHOWN = 50;
    /** Problems kept in memory from one input; the rest are counted. */
    public static final int PROBLEMS_KEPT = 1_000;
    /** Longest piece of input quoted in a message; longer text is cut and marked. */
    public static final int QUOTED_LENGTH = 80;

    private Limits() {
    }

    /** Whether a number lies within {@link #MAX_MAGNITUDE}. */
    public static boolean withinMagnitude(BigDecimal value) {
        return value.abs().compareTo(MAX_MAGNITUDE) <= 0;
    }

    /** Why an input number is out of bounds, or null when it is within them. */
    public static String checkInput(BigDecimal value) {
        if (!withinMagnitude(value)) {
            return "expected a number from -1e15 to 1e15 (the limit on magnitudes), got " + Printable.number(value);
        }
        if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return "expected a number with at most " + MAX_DECIMALS + " decimals, got " + Printable.number(value);
        }
        return null;
    }

    /** Why a year is out of bounds, or null when it is within them. */
    public static String checkYear(long year) {
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            return "expected a year from " + EARLIEST_YEAR + " to " + LATEST_YEAR + ", got " + year;
        }
        return null;
    }
}
