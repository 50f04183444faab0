package nl.impact.model;

import java.math.BigDecimal;

/**
 * Input text and numbers as they may appear in a message on a terminal: control characters (an
 * escape sequence, a carriage return) shown as {@code \\u001B}, never passed on raw; long text cut.
 */
public final class Printable {

    private Printable() {
    }

    /** The text with every control character written as a Java escape, cut at {@link Limits#QUOTED_LENGTH}. */
    public static String quote(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > Limits.QUOTED_LENGTH
                ? text.substring(0, Limits.QUOTED_LENGTH) + "... (" + text.length() + " characters)"
                : text;
        return sanitise(cut);
    }

    /** The text with every control character written as a Java escape: {@code \\u} and four hex digits. */
    public static String sanitise(String text) {
        if (text == null) {
            return "";
        }
        int bad = firstControl(text);
        if (bad < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, bad);
        for (int i = bad; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The index of the first control character, or -1. Tab and newline count too: callers decide. */
    public static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * C0 and C1 controls, DEL, and U+FFFE/U+FFFF, which XML 1.0 cannot hold;
     * bidirectional overrides too, since they reorder what a terminal shows.
     */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** A number in plain notation when short, else in scientific notation: never millions of digits. */
    public static String number(BigDecimal value) {
        if (value.precision() - value.scale() > 40 || value.scale() > 40) {
            return value.round(new java.math.MathContext(6)).toString();
        }
        return value.toPlainString();
    }
}
