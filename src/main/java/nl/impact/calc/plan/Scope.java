package nl.impact.calc.plan;

import java.util.List;
import nl.impact.calc.CalculationPlan;
import nl.impact.model.BudgetLine;
import nl.impact.model.Kernaanpak;

/**
 * The names one part of the plan computes, in evaluation order: a kernaanpak's (its parameters,
 * quantities and formulas, with the shared parameters), or a budget line's whose figures are
 * formulas. A line's scope reads the names of its kernaanpak's scope ({@code parent}) and computes
 * only its own ({@code own}).
 *
 * @param parent the index of the scope whose names this one reads, or -1
 * @param kernaanpak the kernaanpak, for a line's scope the line's (null for a programme-wide line)
 * @param line the budget line, or null for a kernaanpak's scope
 * @param own the nodes this scope evaluates: all of {@code names} but those its parent has
 */
public record Scope(int index, String id, CalculationPlan names, int parent, Kernaanpak kernaanpak, BudgetLine line,
        List<CalculationPlan.Node> own) {

    public boolean isLine() {
        return line != null;
    }
}
