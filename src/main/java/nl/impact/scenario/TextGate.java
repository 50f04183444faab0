package nl.impact.scenario;

import java.util.Optional;
import nl.impact.model.Limits;
import nl.impact.model.Printable;

/**
 * The one rule for text that comes in, whatever its way in: a key or text of a scenario file or of its
 * version at a git revision, a {@code --set} value, a cell of an area table (CSV or xlsx) or of a
 * {@code fromExcel} workbook. A text is at most {@link Limits#MAX_TEXT_LENGTH} characters, and holds no
 * control character (an escape sequence would reach a terminal, a NUL would make the workbooks invalid
 * XML), no bidirectional override (it reorders what a reader sees) and no half of a surrogate pair (no
 * XML can hold it). Newlines and tabs are text: a description or a note may have several lines.
 */
public final class TextGate {

    private TextGate() {
    }

    /** Why {@code text} may not come in, or empty when it may. */
    public static Optional<String> problem(String text) {
        if (text.length() > Limits.MAX_TEXT_LENGTH) {
            return Optional.of(tooLong(text.length()));
        }
        return characters(text);
    }

    /** The message for a text of {@code length} characters, beyond {@link Limits#MAX_TEXT_LENGTH}. */
    static String tooLong(int length) {
        return "a text of " + length + " characters; the limit is " + Limits.MAX_TEXT_LENGTH;
    }

    /** The rule on characters alone, for input whose length has a limit of its own (a whole {@code --set}). */
    public static Optional<String> characters(String text) {
        return characters(text, true);
    }

    /**
     * The same rule for a text that is never shown (a cell of a file that may be no table at all,
     * docs/scenario-format.md "What messages show"): the message names where in the text the
     * character stands instead of quoting it.
     */
    public static Optional<String> problemUnquoted(String text) {
        if (text.length() > Limits.MAX_TEXT_LENGTH) {
            return Optional.of(tooLong(text.length()));
        }
        return characters(text, false);
    }

    private static Optional<String> characters(String text, boolean quoted) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && Printable.isControl(c)) {
                return Optional.of("the control character " + Printable.sanitise(String.valueOf(c)) + (quoted
                        ? " in text '" + Printable.quote(text) + "'" : " at character " + (i + 1)) + "; remove it");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("half a character (the lone surrogate \\u"
                        + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") " + (quoted
                        ? "in text '" + Printable.quote(text.replace(c, '?')) + "'" : "at character " + (i + 1))
                        + "; remove it");
            }
        }
        return Optional.empty();
    }
}
