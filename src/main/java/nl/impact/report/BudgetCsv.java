package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.BudgetLineResult;
import nl.impact.engine.Investment;
import nl.impact.engine.RunResult;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Variant;

/**
 * {@code budget.csv}: one row per budget line, financier and plan year, in euros (an investment is
 * a positive cost), with the line's provenance kind so that no assumed amount passes as a sourced one.
 */
public final class BudgetCsv implements OutputWriter {

    public static final String FILE = "budget.csv";

    @Override
    public void write(RunResult result, Path directory) throws IOException {
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE), "line", "post", "kernaanpak", "category",
                "financier", "year", "min", "expected", "max", "provenance", "basis")) {
            for (BudgetLineResult line : result.budget()) {
                String basis = CsvText.safe(basis(line.line()));
                for (Investment investment : line.investments()) {
                    for (Integer year : investment.values().expected().values().keySet()) {
                        List<String> row = new ArrayList<>(List.of(CsvText.safe(line.line().id()),
                                CsvText.safe(line.line().post()), CsvText.safe(line.line().kernaanpak()),
                                line.line().category().key(), CsvText.safe(investment.financier()), year.toString()));
                        for (Variant v : Variant.values()) {
                            row.add(Amounts.csv(investment.values().get(v).at(year)));
                        }
                        row.add(line.provenance().key());
                        row.add(basis);
                        csv.row(row);
                    }
                }
            }
        }
    }

    /** Where the line's figures come from, in the scenario's own words. */
    public static String basis(BudgetLine line) {
        List<String> parts = new ArrayList<>();
        if (line.cost() instanceof BudgetCost.Amount amount) {
            parts.add("amount: " + amount.amount().provenance());
        } else {
            BudgetCost.PerUnit perUnit = (BudgetCost.PerUnit) line.cost();
            String quantity = perUnit.quantity() instanceof BudgetCost.NamedQuantity named
                    ? "'" + named.name() + "' of kernaanpak " + line.kernaanpak()
                    : ((BudgetCost.GivenQuantity) perUnit.quantity()).parameter().provenance().toString();
            parts.add("quantity: " + quantity);
            parts.add("tariff: " + perUnit.tariff().provenance());
        }
        line.split().forEach((financier, share) -> parts.add("share " + financier + ": " + share.provenance()));
        return String.join("; ", parts);
    }
}
