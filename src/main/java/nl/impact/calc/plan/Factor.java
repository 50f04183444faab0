package nl.impact.calc.plan;

import nl.impact.calc.formula.FormulaExpression;
import nl.impact.model.Parameter;

/**
 * A value a flow multiplies, per plan year: a name of a scope (the volume an effect is per, the
 * named quantity a budget line is priced on, a line's formula figure) or a figure (an effect's
 * amount or correction, a line's amount, quantity, tariff or share) that is an input or a formula
 * over its scope's names.
 */
public sealed interface Factor {

    /** The scope whose names the factor reads. */
    int scope();

    /** A name of scope {@code scope}. */
    record Name(int scope, String name) implements Factor {
    }

    /**
     * Whether cases start, per plan year, in the area being computed: 1 where and from when the
     * kernaanpak's roll-out says it runs, else 0. Only in a scenario with an area table.
     *
     * @param where the column that says whether it runs (non-zero), or null for every area
     * @param from the column with the first year, or null for the plan's first year
     */
    record Active(int scope, String where, String from) implements Factor {
    }

    /**
     * A figure: {@code input} when it is a number of the scenario, else {@code formula} over the
     * names of scope {@code scope}.
     */
    record Figure(int scope, Parameter parameter, Input input, FormulaExpression formula) implements Factor {

        public boolean isFormula() {
            return formula != null;
        }
    }
}
