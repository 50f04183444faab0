package nl.impact.report.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts as a Dutch reader writes them in a comment: {@code -1,2 mln}, {@code 350.000}, {@code -21 %}. */
final class DutchAmounts {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final DecimalFormatSymbols DUTCH = symbols();

    private DutchAmounts() {
    }

    /** Millions with one decimal from a million up, whole euros with a thousands point below. */
    static String of(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        if (value.abs().compareTo(MILLION) >= 0) {
            return format("#,##0.0", value.divide(MILLION)) + " mln";
        }
        return format("#,##0", value);
    }

    /** The same with a sign: {@code +0,3 mln}, {@code -1.200}. */
    static String signed(BigDecimal value) {
        String text = of(value);
        return value.signum() > 0 ? "+" + text : text;
    }

    /** A ratio with two decimals: {@code 1,35}. */
    static String ratio(BigDecimal value) {
        return value == null ? "–" : format("#,##0.00", value);
    }

    /** The change in whole percent of the old value's size ({@code -21 %}); empty text when there is none. */
    static String percent(BigDecimal before, BigDecimal after) {
        if (before == null || after == null || before.signum() == 0) {
            return "";
        }
        BigDecimal p = after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 0,
                RoundingMode.HALF_UP);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + " %";
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, DUTCH);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        // "-0" and "-0,0 mln" read as a loss that is not there.
        return text.matches("-0(,0+)?") ? text.substring(1) : text;
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
        s.setDecimalSeparator(',');
        s.setGroupingSeparator('.');
        s.setMinusSign('-');
        return s;
    }
}
