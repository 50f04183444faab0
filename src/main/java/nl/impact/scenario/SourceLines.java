package nl.impact.scenario;

import java.util.Arrays;

/**
 * A document's text by line, as its parser counts lines and columns: for showing the line a problem
 * is on, and for reading what stands after a value. YAML breaks lines at CR, LF, CR LF, NEL, LS and
 * PS; JSON at CR, LF and CR LF. Columns count characters (code points), from 1.
 */
final class SourceLines {

    private final String text;
    private final boolean yaml;
    /** Where each line starts in the text (UTF-16 index); line n starts at starts[n - 1]. */
    private int[] starts;
    private int count;
    /** The last place {@link #offset} found, where the next walk on that line goes on from. */
    private int lastLine;
    private int lastColumn;
    private int lastOffset;
    /** Characters shown either side of a problem's column. */
    private static final int SHOWN = 60;

    SourceLines(String text, boolean yaml) {
        this.text = text;
        this.yaml = yaml;
    }

    /** How many lines the text has (a last line without a line break counts). */
    int count() {
        index();
        return count;
    }

    /** Line {@code number} (1-based) without its line break; empty beyond the text. */
    String line(int number) {
        index();
        if (number < 1 || number > count) {
            return "";
        }
        int start = starts[number - 1];
        int end = start;
        while (end < text.length() && !isBreak(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** What stands on line {@code number} from {@code column} (1-based, in characters) to the line's end. */
    String from(int number, int column) {
        String line = line(number);
        int skip = Math.max(0, column - 1);
        if (skip >= line.codePointCount(0, line.length())) {
            return "";
        }
        return line.substring(line.offsetByCodePoints(0, skip));
    }

    /**
     * Where line {@code number}, column {@code column} (1-based, in characters) stands in the text, or
     * -1 when that is beyond the line's end (one past its last character is its end) or the text. A
     * parser's values come in order, so the walk goes on from the last place asked for on the same line:
     * a line of a million values costs one walk, not a million.
     */
    int offset(int number, int column) {
        index();
        if (number < 1 || number > count || column < 1) {
            return -1;
        }
        int at = starts[number - 1];
        int c = 1;
        if (number == lastLine && column >= lastColumn) {
            at = lastOffset;
            c = lastColumn;
        }
        for (; c < column; c++) {
            if (at >= text.length() || isBreak(text.charAt(at))) {
                return -1;
            }
            at += Character.charCount(text.codePointAt(at));
        }
        lastLine = number;
        lastColumn = column;
        lastOffset = at;
        return at;
    }

    /** Whether the character at {@code offset} is a digit. */
    boolean digitAt(int offset) {
        return offset >= 0 && offset < text.length() && text.charAt(offset) >= '0' && text.charAt(offset) <= '9';
    }

    /**
     * The digits from {@code offset} when they end where a flow map or list lets a value end (the
     * text's or line's end, a blank, ',', '}' or ']'); empty otherwise.
     */
    String flowDigits(int offset) {
        int end = offset;
        while (digitAt(end)) {
            end++;
        }
        if (end == offset || end < text.length() && !isBreak(text.charAt(end))
                && " \t,}]".indexOf(text.charAt(end)) < 0) {
            return "";
        }
        return text.substring(offset, end);
    }

    /**
     * Line {@code number} to show under a message with a caret at {@code column}: the whole line, or
     * for a long one {@link #SHOWN} characters either side of the column, cut with "...".
     */
    Problem.Excerpt excerpt(int number, int column) {
        index();
        if (number < 1 || number > count) {
            return null;
        }
        int start = starts[number - 1];
        int at = Math.max(column, 1) == 1 ? start : offset(number, column);
        if (at < 0) {
            at = start;
            while (at < text.length() && !isBreak(text.charAt(at))) {
                at++;
            }
        }
        int from = at;
        for (int i = 0; i < SHOWN && from > start; i++) {
            from -= Character.isLowSurrogate(text.charAt(from - 1)) && from - 1 > start ? 2 : 1;
        }
        int to = at;
        for (int i = 0; i < SHOWN && to < text.length() && !isBreak(text.charAt(to)); i++) {
            to += Character.charCount(text.codePointAt(to));
        }
        boolean cutLeft = from > start;
        boolean cutRight = to < text.length() && !isBreak(text.charAt(to));
        String shown = (cutLeft ? "..." : "") + text.substring(from, to) + (cutRight ? "..." : "");
        return new Problem.Excerpt(shown, (cutLeft ? 3 : 0) + text.codePointCount(from, at));
    }

    private boolean isBreak(char c) {
        return c == '\n' || c == '\r' || yaml && (c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    private void index() {
        if (starts != null) {
            return;
        }
        int[] found = new int[16];
        int n = 0;
        found[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBreak(c)) {
                continue;
            }
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = i + 1;
        }
        // A text that ends with a line break has no line after it.
        count = n > 1 && found[n - 1] == text.length() ? n - 1 : n;
        starts = found;
    }
}
