package nl.impact.calc.compiled;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import nl.impact.model.Limits;

/**
 * Why a column of a compiled plan (a draw, a sensitivity case) cannot be used: the first value the
 * exact engine checks that is not a finite number there (or, failing that, one beyond its limit),
 * with its place in the scenario.
 *
 * @param path the formula, effect or budget line, for the message's place
 * @param what the formula ({@code formula '10 / noemer'}) or the product
 * @param year the plan year
 * @param limit the largest magnitude the value may have
 * @param reads the names the formula reads and their values in the column ({@code noemer = 0})
 */
public record Fault(String path, String what, int year, double value, double limit, List<String> reads) {

    /** What to do about a fault, after its description. */
    public static final String ADVICE = "the base case refuses such a value (a division by zero, or a number beyond "
            + "-1e15 to 1e15): guard the formula with IF, or narrow the bands it reads";

    public Fault {
        reads = List.copyOf(reads);
    }

    /** For a message: {@code formula '10 / noemer' is infinite in 2025 (noemer = 0)}. */
    public String describe() {
        String state = Double.isNaN(value) ? "is not a number" : Double.isInfinite(value) ? "is infinite"
                : "is " + number(value) + ", beyond -" + number(limit) + " to " + number(limit)
                        + (limit == Limits.MAX_MAGNITUDE.doubleValue() ? " (the limit on magnitudes)"
                                : " (the largest a figure may be)");
        return what + " " + state + " in " + year + (reads.isEmpty() ? "" : " (" + String.join(", ", reads) + ")");
    }

    /**
     * A value in a message: six significant digits, written plainly from 1e-6 to 1e15 and otherwise
     * as {@code 3.65136e15} (as the documented limits are), or "not a number", "infinity".
     */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "not a number";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "infinity" : "minus infinity";
        }
        BigDecimal v = new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros();
        if (v.signum() == 0 || Math.abs(value) >= 1e-6 && Math.abs(value) < 1e15) {
            return v.toPlainString();
        }
        return v.toString().replace("E+", "e").replace('E', 'e');
    }
}
