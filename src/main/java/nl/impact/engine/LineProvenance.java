package nl.impact.engine;

import java.util.ArrayList;
import java.util.List;
import nl.impact.calc.CalculationPlan;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Provenance;

/**
 * The provenance of a budget line's result: the least certain of the figures it is computed from,
 * so an assumed tariff makes the whole line an assumption; a formula figure counts with every input
 * under it (a computed quantity as derived).
 */
final class LineProvenance {

    private LineProvenance() {
    }

    /**
     * @param inputs the names under the line's formula figures
     * @param kernaanpak the names of the line's kernaanpak, or null for a programme-wide line
     */
    static Provenance.Kind of(BudgetLine line, List<CalculationPlan.Node> inputs, CalculationPlan kernaanpak) {
        List<Provenance.Kind> kinds = new ArrayList<>();
        inputs.forEach(n -> kinds.add(n.parameter() == null ? Provenance.Kind.DERIVED : n.parameter().provenance().kind()));
        line.split().values().forEach(s -> kinds.add(s.provenance().kind()));
        if (line.cost() instanceof BudgetCost.Amount amount) {
            kinds.add(amount.amount().provenance().kind());
        } else {
            BudgetCost.PerUnit perUnit = (BudgetCost.PerUnit) line.cost();
            kinds.add(perUnit.tariff().provenance().kind());
            kinds.add(quantity(perUnit.quantity(), kernaanpak));
        }
        return Provenance.weakest(kinds);
    }

    /** A named quantity has the provenance of the parameter it names; a computed one is derived. */
    private static Provenance.Kind quantity(BudgetCost.Quantity quantity, CalculationPlan kernaanpak) {
        if (quantity instanceof BudgetCost.GivenQuantity given) {
            return given.parameter().provenance().kind();
        }
        String name = ((BudgetCost.NamedQuantity) quantity).name();
        return kernaanpak.nodes().stream()
                .filter(n -> n.name().equals(name))
                .findFirst()
                .map(CalculationPlan.Node::parameter)
                .map(p -> p.provenance().kind())
                .orElse(Provenance.Kind.DERIVED);
    }
}
