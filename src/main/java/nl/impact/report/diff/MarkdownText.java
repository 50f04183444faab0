package nl.impact.report.diff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.impact.model.Printable;

/**
 * Scenario text in the pull-request comment, made inert: whatever a contributor writes in a name, a
 * financier, a key, a source or an assumption shows as the same characters and does nothing else.
 * GitHub (and GitLab) read markdown, then link what looks like a URL, an e-mail address, a mention or
 * an issue in each piece of text, so two things are needed (docs/diff.md, "Scenario text in the comment"):
 * <ul>
 *   <li>markdown: every ASCII punctuation character is backslash-escaped, which CommonMark allows
 *       for each of them; so no image, link, autolink, HTML, entity, emphasis, heading or list can
 *       start, and {@code \|} keeps a GFM table cell whole. Line breaks and tabs become spaces.</li>
 *   <li>linking: an empty {@code <wbr>} element (a line-break opportunity: invisible, and kept by
 *       GitHub's sanitiser) splits the text after every {@code @}, {@code #} and {@code :} that a
 *       space does not follow, inside every {@code www.} and after {@code GH-} before a digit. Each
 *       linker sees the pieces apart, so {@code @user}, {@code @org/team}, {@code a@b.example},
 *       {@code #12}, {@code owner/repo#12}, {@code GH-12}, {@code http://...}, {@code mailto:},
 *       {@code www....} and {@code :emoji:} stay text. An invisible character is not enough: the
 *       linkers that accept international addresses take it as a letter of the address.</li>
 * </ul>
 * Code spans need neither: nothing is linked or interpreted inside one. There only a backtick run
 * (a longer fence), line breaks and, in a table, {@code |} matter.
 */
final class MarkdownText {

    /** Invisible, and no linker reads across it. */
    static final String BREAK = "<wbr>";

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t\\u000B\\u000C\\u0085\\u2028\\u2029]+");
    /** Each match ends where a break goes: @, # or : before a non-space; www before a dot; GH- before a digit. */
    private static final Pattern BREAK_AFTER = Pattern.compile("[@#:](?=[^ ])|(?i)(?<=www)(?=\\.)|(?<=\\bgh-)(?=\\d)");

    private MarkdownText() {
    }

    /** Text anywhere inline: a heading, a paragraph, bold text, a table cell. */
    static String text(String text) {
        String plain = plain(text);
        // Found on the text as a reader will see it, before the escapes.
        boolean[] breakAfter = new boolean[plain.length()];
        for (Matcher m = BREAK_AFTER.matcher(plain); m.find(); ) {
            breakAfter[m.end() - 1] = true;
        }
        StringBuilder s = new StringBuilder(plain.length() * 2);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (isAsciiPunctuation(c)) {
                s.append('\\');
            }
            s.append(c);
            if (breakAfter[i]) {
                s.append(BREAK);
            }
        }
        return s.toString();
    }

    /** A code span in running text. */
    static String code(String text) {
        return span(plain(text));
    }

    /**
     * A code span in a GFM table cell: as {@link #code}, with every {@code |} written {@code \|}, which
     * the table reads as a {@code |} of the cell (GFM escapes a pipe even inside a code span).
     */
    static String codeCell(String text) {
        return span(plain(text)).replace("|", "\\|");
    }

    private static String span(String text) {
        if (text.isEmpty()) {
            return "";
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        // A span drops one space at each end when it has one at both; a backtick at an end would join
        // the fence. A space on each side is then what is dropped.
        boolean pad = text.startsWith("`") || text.endsWith("`")
                || (text.startsWith(" ") && text.endsWith(" ") && !text.isBlank());
        return pad ? fence + " " + text + " " + fence : fence + text + fence;
    }

    /** One line of printable text: line breaks and tabs as a space, other control characters escaped. */
    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        return Printable.sanitise(LINE_BREAKS.matcher(text).replaceAll(" "));
    }

    /** The characters CommonMark lets a backslash escape: all of ASCII's punctuation. */
    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
