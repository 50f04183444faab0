package nl.impact.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers in the report as a Dutch reader writes them ({@code 20.291.000}, {@code 3,1}), with
 * fixed symbols rather than the machine's locale, so the report is the same everywhere.
 */
final class Dutch {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Dutch() {
    }

    /** Whole euros: {@code 20.291.000}, {@code -1.250}. */
    static String euros(BigDecimal value) {
        return format(value, "#,##0");
    }

    /** A KPI value or a quantity: whole from 1.000 up, up to two decimals below. */
    static String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return format(value, value.abs().compareTo(THOUSAND) >= 0 ? "#,##0" : "#,##0.##");
    }

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};

    /** A date as a Dutch reader writes it: {@code 6 december 2026}. */
    static String date(java.time.LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** A probability as a percentage with up to one decimal: {@code 76%}, {@code 3,5%}. */
    static String percent(BigDecimal probability) {
        return format(probability.movePointRight(2), "#,##0.#") + "%";
    }

    private static String format(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        return text.equals("-0") ? "0" : text;
    }
}
