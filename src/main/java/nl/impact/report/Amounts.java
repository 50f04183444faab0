package nl.impact.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding happens here and only here: when a value is written out. */
public final class Amounts {

    private Amounts() {
    }

    /** Two decimals, half up, plain notation: {@code 762383.00}, {@code -31.00}. */
    public static String csv(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
