package nl.impact.scenario;

import nl.impact.model.Printable;

/**
 * One thing wrong with an input: where (file, line, column, path in the document) and what was
 * expected. Line and column are 1-based; 0 when unknown.
 */
public record Problem(String file, int line, int column, String path, String message) {

    /**
     * {@code file:line:column: path: message}, leaving out what is unknown. Control characters from
     * the input (an escape sequence in a quoted value) are shown escaped, never sent to a terminal.
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
        return Printable.sanitise(sb.append(message).toString());
    }
}
