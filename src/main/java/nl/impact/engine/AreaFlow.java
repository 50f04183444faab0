package nl.impact.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The business case of one area or one gemeente: benefits and investments (positive) per
 * financier, variant and effect year, undiscounted. The financiers are those of
 * {@link AreaResults#financiers()}; the municipal one stands for this area's own gemeente.
 * The values are exact decimals, or, for a national table computed by the compiled plan, doubles
 * that become decimals only when a figure is reported (the compiled plan agrees to the cent).
 *
 * @param code the area's code, or the gemeente for a gemeente
 * @param exact benefits then investments, indexed by {@link AreaResults#index}; null when computed
 * @param computed the same in double precision; null when exact
 */
public record AreaFlow(String code, String name, String gemeente, BigDecimal[] exact, double[] computed) {

    public static AreaFlow exact(String code, String name, String gemeente, BigDecimal[] values) {
        return new AreaFlow(code, name, gemeente, values, null);
    }

    public static AreaFlow computed(String code, String name, String gemeente, double[] values) {
        return new AreaFlow(code, name, gemeente, null, values);
    }

    public boolean isExact() {
        return exact != null;
    }

    public int size() {
        return exact != null ? exact.length : computed.length;
    }

    /** The value at {@code index} as a decimal. */
    public BigDecimal value(int index) {
        return exact != null ? exact[index] : decimal(computed[index]);
    }

    /** The value at {@code index} in double precision. */
    public double approximate(int index) {
        return exact != null ? exact[index].doubleValue() : computed[index];
    }

    /**
     * A computed double as a decimal: its shortest decimal form to {@link #DIGITS} significant
     * digits, zero as zero. A sum of many doubles carries an error in its last digits, which would
     * turn an exact half cent (common: a fraction of an odd count) into 0.4999..., rounded the
     * other way; at 12 digits it is the half cent the exact engine rounds.
     */
    public static BigDecimal decimal(double value) {
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal rounded = rounded(value);
        if (rounded != null) {
            return rounded;
        }
        BigDecimal shortest = BigDecimal.valueOf(value);
        return shortest.precision() > DIGITS.getPrecision() ? shortest.round(DIGITS) : shortest;
    }

    /** The powers of ten a double holds exactly. */
    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    /** How near a half or a whole the scaled value may come: twice the most its shortest form lies from it. */
    private static final double MARGIN = 2.5e-4;

    /**
     * {@link #decimal} without writing the shortest decimal form (which costs most of a national table's
     * reading), where it is certain to give the same: null where it is not. Scaled to 12 digits before
     * the point, the value is {@code p + err} exactly (a product by an exact power of ten, its rounding
     * error from a fused multiply-add); its shortest form, which reads back as the same double, lies
     * within half a unit in the last place: at most 1.2e-4 scaled. Further than {@link #MARGIN} from a
     * half, that form rounds to the same 12 digits as the value does, unless it has 12 digits or fewer:
     * a whole number (the only one in reach) that reads back as this double. That form is then the
     * whole number, its trailing zeros left out, written as {@link Double#toString} writes it.
     */
    private static BigDecimal rounded(double value) {
        double magnitude = Math.abs(value);
        if (!(magnitude >= 1e-11 && magnitude < 1e12)) {
            return null;
        }
        int scale = 11 - (int) Math.floor(Math.log10(magnitude));
        if (scale < 0 || scale >= POWERS.length) {
            return null;
        }
        double p = magnitude * POWERS[scale];
        if (p < 1e11 || p >= 1e12) {
            return null; // the logarithm rounded across a power of ten
        }
        double err = Math.fma(magnitude, POWERS[scale], -p);
        double whole = Math.floor(p);
        double fraction = (p - whole) + err;
        boolean nearWhole = fraction < MARGIN || fraction > 1 - MARGIN;
        boolean shortest = false;
        long digits;
        if (nearWhole) {
            digits = fraction < 0.5 ? (long) whole : (long) whole + 1;
            // The whole number is the shortest form where it reads back as this double: nearer than half
            // a unit in the last place (a quarter below a power of two, left to the slow way).
            double distance = Math.abs((digits - p) - err);
            double half = Math.ulp(magnitude) * POWERS[scale] / 2;
            if (distance < 0.9 * half && magnitude != Math.scalb(1.0, Math.getExponent(magnitude))) {
                shortest = true;
            } else if (distance <= 1.1 * half) {
                return null;
            }
        } else if (fraction < 0.5 - MARGIN) {
            digits = (long) whole;
        } else if (fraction > 0.5 + MARGIN) {
            digits = (long) whole + 1;
        } else {
            return null;
        }
        if (digits == 1_000_000_000_000L) {
            digits = 100_000_000_000L; // rounded up to a power of ten: still 12 digits, one place fewer
            scale--;
        }
        long signed = value < 0 ? -digits : digits;
        return shortest ? written(signed, scale) : BigDecimal.valueOf(signed, scale);
    }

    /**
     * The decimal {@code unscaled} (12 digits) x 10^-scale as {@code new BigDecimal(Double.toString(...))} has it:
     * without trailing zeros, and with at least one digit after the point, in plain notation from
     * 0.001 to below 10^7 and in scientific notation (one digit before the point) otherwise.
     */
    private static BigDecimal written(long unscaled, int scale) {
        // Twelve digits: a whole number of the scaled value. Zeros four at a time first, then one at a time.
        int digits = 12;
        while (unscaled % 10_000 == 0) {
            unscaled /= 10_000;
            scale -= 4;
            digits -= 4;
        }
        while (unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
            digits--;
        }
        int exponent = digits - 1 - scale;
        int written = exponent >= -3 && exponent < 7 ? Math.max(scale, 1) : Math.max(digits - 1, 1) - exponent;
        return BigDecimal.valueOf(unscaled, scale).setScale(written);
    }

    /** The significant digits a computed double is read to; doubles hold about 15.9. */
    public static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);
}
