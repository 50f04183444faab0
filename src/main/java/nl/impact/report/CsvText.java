package nl.impact.report;

/**
 * Text from a scenario written to a CSV: a value that a spreadsheet would read as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first) gets a leading quote,
 * so it stays text.
 */
public final class CsvText {

    private CsvText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
