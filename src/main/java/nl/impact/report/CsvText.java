package nl.impact.report;

import java.util.regex.Pattern;

/**
 * Text from a scenario written to a CSV: a value that a spreadsheet would read as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first) gets a leading quote,
 * so it stays text. A number is never touched: {@code -31.00} stays a negative number.
 */
public final class CsvText {

    /** A number as impact writes one: plain decimal notation, an optional minus, no exponent. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvText() {
    }

    /** A text cell: guarded whatever it looks like, so a name {@code -5} stays the text {@code -5}. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return formulaFirst(text) ? "'" + text : text;
    }

    /** Whether a spreadsheet would read {@code text} (not empty) as a formula: by its first character. */
    private static boolean formulaFirst(String text) {
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * A cell that holds a number or a text (a changed input's old or new value): a number as it is,
     * anything else as {@link #safe} writes text. The guard is idempotent, so a cell may pass twice.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        // Only a cell the guard would change needs telling apart from a number (a negative one).
        if (value.isEmpty() || !formulaFirst(value)) {
            return value;
        }
        return NUMBER.matcher(value).matches() ? value : safe(value);
    }
}
