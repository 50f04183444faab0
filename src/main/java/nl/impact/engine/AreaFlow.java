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
        BigDecimal shortest = BigDecimal.valueOf(value);
        return shortest.precision() > DIGITS.getPrecision() ? shortest.round(DIGITS) : shortest;
    }

    /** The significant digits a computed double is read to; doubles hold about 15.9. */
    public static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);
}
