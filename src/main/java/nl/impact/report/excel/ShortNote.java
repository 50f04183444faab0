package nl.impact.report.excel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Toelichting as it prints beside a figure: a long note would make its rows tall and push the
 * sheet onto a second page, so the page shows what fits one line (its first sentence, cut at a
 * word with an ellipsis when that is still too long) and the whole note stands in an unprinted
 * column beside it.
 */
final class ShortNote {

    /**
     * The width a printed note fits, in digit widths: the narrowest Toelichting a kernaanpak sheet
     * gets at the page's smallest scale (a narrower one wraps it to a second line, nothing is lost).
     */
    static final double WIDTH = 42;

    private static final String ELLIPSIS = " …";

    /** The end of a sentence: a full stop after a word (not inside a number or "§ 4.b") and a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{L})\"'])\\.\\s");

    private ShortNote() {
    }

    /** {@code note} as it prints: itself when it fits one line. */
    static String of(String note) {
        return of(note, WIDTH);
    }

    /** {@code note} cut to fit one line of {@code width} digit widths (of 11 pt text), as {@link #of(String)}. */
    static String of(String note, double width) {
        if (fits(note, width)) {
            return note;
        }
        Matcher end = SENTENCE_END.matcher(note);
        if (end.find() && fits(note.substring(0, end.start() + 1) + ELLIPSIS, width)) {
            return note.substring(0, end.start() + 1) + ELLIPSIS;
        }
        String cut = note;
        while (!cut.isEmpty() && !fits(cut + ELLIPSIS, width)) {
            int space = cut.lastIndexOf(' ');
            cut = space > 0 ? cut.substring(0, space) : cut.substring(0, cut.length() - 1);
        }
        if (TextWidth.of(cut, false, 11) < width / 2) {
            // A long word ("Zvw-wijkverpleging") would leave little: cut inside it instead.
            cut = note;
            while (!cut.isEmpty() && !fits(cut + ELLIPSIS, width)) {
                cut = cut.substring(0, cut.length() - 1);
            }
        }
        return stripPunctuation(cut) + ELLIPSIS;
    }

    private static boolean fits(String text, double width) {
        return TextWidth.of(text, false, 11) + TextWidth.PADDING <= width;
    }

    /** A cut after "regels 905, 952," reads better without its comma or colon. */
    private static String stripPunctuation(String text) {
        String stripped = text.stripTrailing();
        while (!stripped.isEmpty() && ",;:(–-".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            stripped = stripped.substring(0, stripped.length() - 1).stripTrailing();
        }
        return stripped;
    }
}
