package nl.impact.scenario;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers written the Dutch way, with a point between thousands ({@code 7.000}, {@code 110.000},
 * {@code 1.500.000}) or a decimal comma ({@code 1.500,50}). A scenario, a {@code --set} and a table
 * read a point as a decimal point, so {@code 7.000} is seven: a thousandth of what a Dutch writer
 * meant. Every literal of that shape is named, whatever the values around it (see
 * docs/scenario-format.md, "Numbers").
 *
 * <p>The rule: a literal is suspect when it is an optional sign, one to three digits of which the
 * first is not 0, and then one or more groups of a point and exactly three digits, nothing else.
 * With one group it is a number, read as a fraction, and gets a warning; with more it is no number
 * at all. {@code 7}, {@code 7.0}, {@code 2.5}, {@code 0.125} and {@code 1.9180} never are.
 */
public final class DutchNumbers {

    /** A sign, 1 to 3 digits not starting with 0, then groups of a point and three digits. */
    private static final Pattern GROUPED = Pattern.compile("[+-]?[1-9][0-9]{0,2}(\\.[0-9]{3})+");
    /** The same with a decimal comma, or plain digits with a decimal comma: 1.500,50 and 135,5. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?([0-9]+|[1-9][0-9]{0,2}(\\.[0-9]{3})+),[0-9]+");

    private DutchNumbers() {
    }

    /** Whether {@code literal} is digits in groups of three with points between them: 7.000, 1.500.000. */
    public static boolean grouped(String literal) {
        return GROUPED.matcher(literal).matches();
    }

    /** Whether {@code text} is a number with a decimal comma, with or without thousands points: 135,5, 1.500,50. */
    public static boolean decimalComma(String text) {
        return DECIMAL_COMMA.matcher(text).matches();
    }

    /**
     * The warning for a number written as {@code literal} that reads as a Dutch thousands separator
     * ({@code 7.000}: read as 7), or empty for any other literal. It says what was read and how to
     * write either meaning.
     */
    public static Optional<String> warning(String literal) {
        String text = literal.strip();
        if (!grouped(text) || text.indexOf('.') != text.lastIndexOf('.')) {
            return Optional.empty();
        }
        String sign = text.startsWith("-") ? "-" : "";
        BigDecimal read = new BigDecimal(text).stripTrailingZeros();
        String fraction = read.toPlainString();
        String asFraction = read.scale() <= 0 ? fraction + " or " + fraction + ".0"
                : read.scale() < 3 ? fraction : fraction + "0";
        return Optional.of("'" + text + "' is read as " + fraction + " (a '.' is a decimal point, never a thousands "
                + "separator): if you meant " + thousands(sign, text) + ", write " + thousands(sign, text)
                + "; if you meant " + fraction + ", write " + asFraction);
    }

    /**
     * Why {@code text}, which is not a number, is no number when it looks like one written the Dutch
     * way ({@code 6.000.000}, {@code 1.500,50}), with what to write; empty for any other text.
     */
    public static Optional<String> notANumber(String text) {
        String t = text.strip();
        if (decimalComma(t)) {
            String meant = t.replace(".", "").replace(',', '.');
            return Optional.of("use a decimal point (" + (meant.startsWith("+") ? meant.substring(1) : meant)
                    + ") and no thousands separator");
        }
        if (grouped(t)) {
            String sign = t.startsWith("-") ? "-" : "";
            return Optional.of("a '.' is a decimal point, never a thousands separator: if you meant "
                    + thousands(sign, t) + ", write " + thousands(sign, t));
        }
        return Optional.empty();
    }

    /** The literal with its points taken as thousands separators: 7.000 is 7000. */
    private static String thousands(String sign, String literal) {
        return sign + literal.replace(".", "").replace("+", "").replace("-", "");
    }
}
