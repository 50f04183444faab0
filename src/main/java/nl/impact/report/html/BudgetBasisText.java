package nl.impact.report.html;

import java.util.ArrayList;
import java.util.List;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Provenance;
import nl.impact.report.excel.Labels;

/**
 * Where a budget line's figures come from, in Dutch for the report (budget.csv's {@code basis} keeps
 * its own, documented wording): "aantal: ...; tarief: aanname: ...".
 */
final class BudgetBasisText {

    private BudgetBasisText() {
    }

    static String of(BudgetLine line) {
        List<String> parts = new ArrayList<>();
        if (line.cost() instanceof BudgetCost.Amount amount) {
            parts.add("bedrag: " + text(amount.amount().provenance()));
        } else {
            BudgetCost.PerUnit perUnit = (BudgetCost.PerUnit) line.cost();
            String quantity = perUnit.quantity() instanceof BudgetCost.NamedQuantity named
                    ? "'" + named.name() + "' van kernaanpak " + line.kernaanpak()
                    : text(((BudgetCost.GivenQuantity) perUnit.quantity()).parameter().provenance());
            parts.add("aantal: " + quantity);
            parts.add("tarief: " + text(perUnit.tariff().provenance()));
        }
        line.split().forEach((financier, share) -> parts.add("aandeel " + financier + ": " + text(share.provenance())));
        return String.join("; ", parts);
    }

    private static String text(Provenance provenance) {
        return Labels.provenance(provenance.kind()) + ": " + provenance.text();
    }
}
