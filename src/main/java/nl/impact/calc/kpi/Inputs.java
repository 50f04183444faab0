package nl.impact.calc.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.model.Band;
import nl.impact.model.Variant;

/** Helpers for KPI calculators: required parameters, whole years, exact division. */
public final class Inputs {

    private Inputs() {
    }

    /** A number parameter the calculator cannot do without. */
    public static BigDecimal require(KpiContext ctx, String name, Variant variant, int year) throws KpiException {
        return ctx.number(name, variant, year).orElseThrow(() -> new KpiException(ctx.kpi().path(),
                "missing parameter '" + name + "' for calculator '" + ctx.kpi().calculator() + "'"));
    }

    /** A number parameter that is a year, such as a baseline year: a whole number, the same in every variant. */
    public static int year(KpiContext ctx, String name) throws KpiException {
        int firstYear = ctx.scenario().years().first();
        Integer found = null;
        for (Variant v : Variant.values()) {
            BigDecimal value = require(ctx, name, v, firstYear);
            if (value.stripTrailingZeros().scale() > 0) {
                throw new KpiException(ctx.path(name), "expected a year (a whole number), got " + value.toPlainString());
            }
            int year = value.intValueExact();
            if (found != null && found != year) {
                throw new KpiException(ctx.path(name), "a year cannot differ between variants");
            }
            found = year;
        }
        return found;
    }

    /** {@code a / b} to the engine's precision; a zero divisor is the named parameter's fault. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b, KpiContext ctx, String divisor) throws KpiException {
        if (b.signum() == 0) {
            throw new KpiException(ctx.path(divisor), "'" + divisor + "' is zero, and the calculator divides by it");
        }
        return a.divide(b, FormulaExpression.MATH);
    }

    /** Computes a value per variant; a failure in any variant fails the whole. */
    public interface PerVariant<T> {
        T apply(Variant variant) throws KpiException;
    }

    public static <T> Band<T> perVariant(PerVariant<T> f) throws KpiException {
        return new Band<>(f.apply(Variant.MIN), f.apply(Variant.EXPECTED), f.apply(Variant.MAX));
    }

    /** The one text of a text parameter, or empty text when the KPI does not give it. */
    public static String text(KpiContext ctx, String name) {
        List<String> values = ctx.texts(name);
        return values.isEmpty() ? "" : values.get(0);
    }

    /** A series over the given years, all zero: the start of a sum. */
    public static SortedMap<Integer, BigDecimal> zeros(int first, int last) {
        SortedMap<Integer, BigDecimal> zeros = new TreeMap<>();
        for (int y = first; y <= last; y++) {
            zeros.put(y, BigDecimal.ZERO);
        }
        return zeros;
    }
}
