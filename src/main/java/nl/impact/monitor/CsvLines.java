package nl.impact.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a CSV text, to turn a record's character position into a line and each field into
 * the column it starts at. Quote-aware within a line; a quoted field spanning lines is rare in
 * realisations and only shifts the columns reported for that record.
 */
final class CsvLines {

    private final String text;
    private final int[] starts;

    CsvLines(String text) {
        this.text = text;
        List<Integer> found = new ArrayList<>();
        found.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                found.add(i + 1);
            }
        }
        starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line holding the character at {@code position}. */
    int lineOf(long position) {
        int index = Arrays.binarySearch(starts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** The 1-based column at which each field of a line starts. */
    List<Integer> columns(int line) {
        List<Integer> columns = new ArrayList<>();
        if (line < 1 || line > starts.length) {
            return columns;
        }
        int from = starts[line - 1];
        int to = line < starts.length ? starts[line] : text.length();
        columns.add(1);
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                columns.add(i - from + 2);
            }
        }
        return columns;
    }
}
