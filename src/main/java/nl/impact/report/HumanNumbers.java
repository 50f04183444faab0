package nl.impact.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers for people, the one way every console output formats them (whatever the machine's locale):
 * thousands separators; whole units from 1,000 up (euros), up to two decimals below (a share of
 * 3.1%, 46.31 persons).
 */
public final class HumanNumbers {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private HumanNumbers() {
    }

    /** "-" for a missing value: never a zero that would read as a result. */
    public static String of(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        String pattern = value.abs().compareTo(THOUSAND) >= 0 ? "#,##0" : "#,##0.##";
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A count: {@code 3}, {@code 12,345}. */
    public static String of(long count) {
        return of(BigDecimal.valueOf(count));
    }

    /** A count with its noun, singular for one: {@code 1 area}, {@code 16 gemeenten}. */
    public static String of(long count, String one, String many) {
        return of(count) + " " + (count == 1 ? one : many);
    }
}
