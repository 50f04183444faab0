package nl.impact.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures two ways of computing gave differently, collected so a failing property names every
 * one of them (the first 20) with the scenario's text.
 *
 * <p>Two figures agree when they round to the same cent (half up, as every output rounds). A figure
 * computed in doubles cannot promise that at an exact half cent, where the last bit decides: there,
 * and only there (the exact value within a hundredth of a cent of a half cent), a difference under a
 * hundredth of a cent agrees too.
 */
final class Disagreements {

    private static final BigDecimal HUNDREDTH_CENT = new BigDecimal("0.0001");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final List<String> found = new ArrayList<>();
    private int compared;

    /** Compares a figure computed in doubles with the exact one. */
    void compare(String what, double computed, BigDecimal exact) {
        if (!Double.isFinite(computed)) {
            found.add(what + ": exact " + exact.toPlainString() + ", computed " + computed);
            compared++;
            return;
        }
        compare(what, new BigDecimal(computed), exact);
    }

    /** Compares two decimals to the cent. */
    void compare(String what, BigDecimal other, BigDecimal exact) {
        compared++;
        if (!agree(other, exact)) {
            found.add(what + ": exact " + exact.toPlainString() + ", other " + other.stripTrailingZeros().toPlainString());
        }
    }

    /** Two exact figures that must be equal (the same decimal, not just the same cent). */
    void same(String what, BigDecimal other, BigDecimal exact) {
        compared++;
        if (other.compareTo(exact) != 0) {
            found.add(what + ": " + exact.toPlainString() + " and " + other.toPlainString());
        }
    }

    void add(String problem) {
        found.add(problem);
    }

    int compared() {
        return compared;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    static boolean agree(BigDecimal other, BigDecimal exact) {
        if (cents(other).compareTo(cents(exact)) == 0) {
            return true;
        }
        BigDecimal beyondCents = exact.movePointRight(2).remainder(BigDecimal.ONE).abs();
        boolean nearHalfCent = beyondCents.subtract(HALF).abs().compareTo(HUNDREDTH_CENT.movePointRight(2)) < 0;
        return nearHalfCent && other.subtract(exact).abs().compareTo(HUNDREDTH_CENT) < 0;
    }

    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Fails, naming the disagreements and the scenario, when there are any. */
    void assertNone(String title, String scenario) {
        if (found.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(title).append(": ").append(found.size())
                .append(" disagreement(s), ").append(compared).append(" figures compared\n");
        found.stream().limit(20).forEach(f -> message.append("  ").append(f).append('\n'));
        throw new AssertionError(message.append("scenario:\n").append(scenario).toString());
    }
}
