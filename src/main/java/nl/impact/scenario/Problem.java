package nl.impact.scenario;

import nl.impact.model.Printable;

/**
 * One thing wrong with an input: where (file, line, column, path in the document) and what was
 * expected. Line and column are 1-based; 0 when unknown. {@code shown} is the line of the file the
 * problem is on, as written, shown under the message with a caret; null when the line is not shown
 * (a file not known to be a scenario is never quoted).
 */
public record Problem(String file, int line, int column, String path, String message, Excerpt shown) {

    /**
     * A line of the input as written (or, of a long line, the part around the place, cut with
     * "..."), and the caret's place in it: how many characters (code points) stand before it.
     */
    public record Excerpt(String text, int caret) {
    }

    public Problem(String file, int line, int column, String path, String message) {
        this(file, line, column, path, message, null);
    }

    /**
     * {@code file:line:column: path: message}, leaving out what is unknown, and the line with a
     * caret under the place when it is shown. Control characters from the input (an escape
     * sequence in a quoted value) are shown escaped, never sent to a terminal.
     */
    public String format() {
        StringBuilder sb = new StringBuilder(file == null ? "" : file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        if (!sb.isEmpty()) {
            sb.append(": ");
        }
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        String first = Printable.sanitise(sb.append(message).toString());
        return shown == null || line <= 0 ? first : first + "\n" + excerpt();
    }

    /**
     * The line under a gutter with its number, and a caret under the place: a tab shows as an arrow
     * (one character wide, so the caret stays in place), any other control character escaped.
     */
    private String excerpt() {
        StringBuilder visible = new StringBuilder();
        int caret = -1;
        int index = 0;
        for (int i = 0; i < shown.text().length(); index++) {
            int c = shown.text().codePointAt(i);
            if (index == shown.caret()) {
                caret = visible.codePointCount(0, visible.length());
            }
            visible.append(c == '\t' ? "\u2192" : Printable.sanitise(new String(Character.toChars(c))));
            i += Character.charCount(c);
        }
        if (caret < 0) {
            caret = visible.codePointCount(0, visible.length());
        }
        String number = Integer.toString(line);
        return "  " + number + " | " + visible + "\n  " + " ".repeat(number.length()) + " | " + " ".repeat(caret) + "^";
    }
}
