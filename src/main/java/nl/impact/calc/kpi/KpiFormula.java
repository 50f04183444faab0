package nl.impact.calc.kpi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.impact.calc.formula.FormulaException;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.model.KpiSelection;
import nl.impact.model.Parameter;

/**
 * A KPI written once: a formula over names, each a {@link Term}: a selection of the computed plan
 * (effects in euros, capacity, quantities), a number (a parameter of the KPI or a shared one) or a
 * constant. The exact engine evaluates it with exact decimals per variant and year; the simulation
 * compiles the same formula over the compiled plan's columns of draws. Nothing else computes a KPI,
 * so the two cannot drift apart.
 *
 * <p>The formula is evaluated for every year from {@code years.first}: up to
 * {@code years.effectsUntil} when it reads the plan (a selection: effects end there), else up to the
 * KPI's own last year; a KPI that runs longer holds its last value.
 */
public record KpiFormula(FormulaExpression expression, Map<String, Term> names) {

    /** What a name of the formula stands for. */
    public sealed interface Term {
    }

    /** A total of the computed plan: effects, capacity or quantities the selection picks. */
    public record Selection(KpiSelection selection) implements Term {
    }

    /**
     * A number of the scenario: a parameter of the KPI or a shared parameter, per variant and year;
     * one with a band is drawn in the simulation.
     *
     * @param path where it stands, for messages
     */
    public record Number(Parameter parameter, String path) implements Term {
    }

    /** The same value in every variant, year and draw (a target value the KPI states). */
    public record Constant(BigDecimal value) implements Term {
    }

    public KpiFormula {
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        for (String name : expression.names()) {
            if (!names.containsKey(name)) {
                throw new IllegalArgumentException("the formula '" + expression.text() + "' reads '" + name
                        + "', which it has no term for");
            }
        }
    }

    /**
     * A formula a calculator writes in code, over {@code names}. Its text is the calculator's, not
     * the scenario's: one that cannot be read is a fault of the calculator.
     */
    public static KpiFormula of(String formula, Map<String, Term> names) {
        try {
            return new KpiFormula(FormulaExpression.parse(formula), names);
        } catch (FormulaException e) {
            throw new IllegalArgumentException("a KPI calculator's formula: " + e.getMessage(), e);
        }
    }

    /** True when a name adds up something of the computed plan: its values end with the effects. */
    public boolean readsPlan() {
        return names.values().stream().anyMatch(t -> t instanceof Selection);
    }

    /** The last year the formula is evaluated for, for a KPI whose own last year is {@code kpiLastYear}. */
    public int lastYear(int effectsUntil, int kpiLastYear) {
        return readsPlan() ? effectsUntil : kpiLastYear;
    }
}
