package nl.impact.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.impact.calc.BudgetLinePlan;
import nl.impact.calc.CalculationPlan;
import nl.impact.model.Variant;
import nl.impact.model.Band;
import nl.impact.model.BudgetLine;
import nl.impact.model.Provenance;
import nl.impact.model.YearSeries;

/**
 * One budget line computed: its cost per plan year and variant (positive euros, undiscounted), the
 * part each financier pays, and the provenance of the result: the least certain of the figures it
 * is computed from, so an assumed tariff makes the whole line an assumption.
 *
 * @param plan the line's calculation plan when a figure is a formula, else null
 * @param values the value of every name of that plan per variant and plan year, else null
 * @param inputs the names under the line's formula figures, in evaluation order (empty without)
 */
public record BudgetLineResult(
        BudgetLine line,
        Provenance.Kind provenance,
        Band<YearSeries> total,
        List<Investment> investments,
        CalculationPlan plan,
        Band<Map<String, YearSeries>> values,
        List<CalculationPlan.Node> inputs) {

    /** A line of numbers only. */
    public BudgetLineResult(BudgetLine line, Provenance.Kind provenance, Band<YearSeries> total,
            List<Investment> investments) {
        this(line, provenance, total, investments, null, null, List.of());
    }

    /** The value of a name of the line's plan (a formula figure by {@link BudgetLinePlan#figureName}). */
    public BigDecimal value(String name, Variant variant, int year) {
        return values.get(variant).get(name).at(year);
    }
}
