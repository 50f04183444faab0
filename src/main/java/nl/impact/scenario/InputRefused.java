package nl.impact.scenario;

/**
 * An input file that is not read: not there, not a regular file, beyond its limit, not UTF-8, or
 * where inputs may not be. The message is a plain sentence that names the place, never the file's
 * text; the reader that asked adds where the input was named.
 */
public final class InputRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public InputRefused(String message) {
        super(message, null, false, false);
    }
}
