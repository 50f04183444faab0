package nl.impact.report;

import nl.impact.engine.AreaFlow;

/**
 * A computed double's figure in a CSV, as {@link Amounts#csv} writes the decimal
 * {@link AreaFlow#decimal} makes of it, without making that decimal where the cents are plain:
 * only a value near half a cent, or a huge one, goes the decimal way. Millions of area figures
 * stay cheap this way.
 */
public final class ComputedAmounts {

    private ComputedAmounts() {
    }

    public static String csv(double value) {
        double cents = Math.abs(value) * 100;
        double fraction = cents - Math.floor(cents);
        // Near a half cent, the 12 significant digits of AreaFlow.decimal decide; the margin is
        // wider than what rounding to them can move a value.
        if (!(cents < 1e15) || Math.abs(fraction - 0.5) < 1e-9 + cents * 1e-11) {
            return Amounts.csv(AreaFlow.decimal(value));
        }
        long whole = Math.round(cents);
        if (whole == 0) {
            return "0.00";
        }
        StringBuilder out = new StringBuilder(24);
        if (value < 0) {
            out.append('-');
        }
        long rest = whole % 100;
        out.append(whole / 100).append('.').append((char) ('0' + rest / 10)).append((char) ('0' + rest % 10));
        return out.toString();
    }
}
