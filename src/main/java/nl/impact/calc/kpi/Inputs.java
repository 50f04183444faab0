package nl.impact.calc.kpi;

import java.math.BigDecimal;
import java.util.List;
import nl.impact.model.Variant;

/** Helpers for KPI calculators: required parameters, whole years, texts. */
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

    /** Checks that a number parameter is more than zero in every variant and year up to {@code lastYear}. */
    public static void positive(KpiContext ctx, String name, int lastYear) throws KpiException {
        for (Variant v : Variant.values()) {
            for (int year = ctx.scenario().years().first(); year <= lastYear; year++) {
                BigDecimal value = require(ctx, name, v, year);
                if (value.signum() <= 0) {
                    throw new KpiException(ctx.path(name), "expected more than zero, got " + value.toPlainString());
                }
            }
        }
    }

    /** Checks that a number parameter a formula divides by is never zero, in every variant and year up to {@code lastYear}. */
    public static void nonZero(KpiContext ctx, String name, int lastYear) throws KpiException {
        for (Variant v : Variant.values()) {
            for (int year = ctx.scenario().years().first(); year <= lastYear; year++) {
                if (require(ctx, name, v, year).signum() == 0) {
                    throw new KpiException(ctx.path(name), "'" + name + "' is zero, and the calculator divides by it");
                }
            }
        }
    }

    /** The one text of a text parameter, or empty text when the KPI does not give it. */
    public static String text(KpiContext ctx, String name) {
        List<String> values = ctx.texts(name);
        return values.isEmpty() ? "" : values.get(0);
    }

    /**
     * The formula of a straight path from {@code baseline} in {@code baselineYear} to {@code target} in
     * {@code targetYear}: before the baseline year the baseline, after the target year the target. Both
     * are names or parenthesised expressions of the formula.
     */
    public static String linearPath(String baseline, int baselineYear, String target, int targetYear) {
        if (targetYear <= baselineYear) {
            throw new IllegalArgumentException("the target year must come after the baseline year");
        }
        return "IF(YEAR() <= " + baselineYear + ", " + baseline + ", IF(YEAR() >= " + targetYear + ", " + target + ", "
                + baseline + " + (" + target + " - " + baseline + ") * ((YEAR() - " + baselineYear + ") / ("
                + targetYear + " - " + baselineYear + "))))";
    }
}
