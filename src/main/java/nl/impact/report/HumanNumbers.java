package nl.impact.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers in tables for people: thousands separators, up to two decimals (a share of 3.1% stays 3.1). */
final class HumanNumbers {

    private HumanNumbers() {
    }

    /** "-" for a missing value: never a zero that would read as a result. */
    static String of(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
