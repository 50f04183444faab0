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

    /** A size in bytes with a decimal unit, to three digits: {@code 126 GB}, {@code 2.02 GB}, {@code 2 GB}, {@code 512 bytes}. */
    public static String bytes(long bytes) {
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        if (bytes < 1000) {
            return of(bytes, "byte", "bytes");
        }
        BigDecimal value = BigDecimal.valueOf(bytes);
        int unit = -1;
        while (value.compareTo(THOUSAND) >= 0 && unit < units.length - 1) {
            value = value.divide(THOUSAND);
            unit++;
        }
        int decimals = value.compareTo(BigDecimal.TEN) < 0 ? 2 : value.compareTo(BigDecimal.valueOf(100)) < 0 ? 1 : 0;
        value = value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.toPlainString() + " " + units[unit];
    }
}
