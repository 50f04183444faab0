package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.engine.BudgetLineResult;
import nl.impact.engine.Investment;
import nl.impact.engine.RunResult;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Band;
import nl.impact.model.Provenance;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;

/**
 * {@code budget.csv}: one row per budget line, financier and plan year, in euros (an investment is
 * a positive cost), with the line's provenance kind so that no assumed amount passes as a sourced one.
 */
public final class BudgetCsv implements OutputWriter {

    public static final String FILE = "budget.csv";
    /** The financier and year of a total over all financiers or all years. */
    static final String ALL = "all";

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        RunResult result = outputs.result();
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE), "line", "post", "kernaanpak", "category",
                "financier", "year", "min", "expected", "max", "provenance", "basis")) {
            for (BudgetLineResult line : result.budget()) {
                String basis = CsvText.safe(basis(line));
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
            writeTotals(result, csv);
        }
    }

    /**
     * The total rows: per financier (in the order of {@link nl.impact.model.Scenario#allFinanciers})
     * and then for all financiers, per plan year and over all years ({@code all}). Line {@code total},
     * financier {@code all} for the grand total; the provenance is the least certain of the lines
     * added up. Written only when the begroting has lines.
     */
    private static void writeTotals(RunResult result, CsvTable csv) throws IOException {
        if (result.budget().isEmpty()) {
            return;
        }
        Map<String, Band<YearSeries>> perFinancier = new LinkedHashMap<>();
        Map<String, List<Provenance.Kind>> kinds = new LinkedHashMap<>();
        for (String financier : result.scenario().allFinanciers()) {
            for (BudgetLineResult line : result.budget()) {
                for (Investment investment : line.investments()) {
                    if (investment.financier().equals(financier)) {
                        perFinancier.merge(financier, investment.values(), BudgetCsv::plus);
                        kinds.computeIfAbsent(financier, f -> new ArrayList<>()).add(line.provenance());
                    }
                }
            }
        }
        Band<YearSeries> all = result.budget().stream().map(BudgetLineResult::total).reduce(BudgetCsv::plus).orElseThrow();
        List<Provenance.Kind> allKinds = result.budget().stream().map(BudgetLineResult::provenance).toList();
        for (Map.Entry<String, Band<YearSeries>> entry : perFinancier.entrySet()) {
            totalRows(csv, CsvText.safe(entry.getKey()), entry.getValue(), Provenance.weakest(kinds.get(entry.getKey())));
        }
        totalRows(csv, ALL, all, Provenance.weakest(allKinds));
    }

    private static void totalRows(CsvTable csv, String financier, Band<YearSeries> values, Provenance.Kind kind)
            throws IOException {
        List<String> years = new ArrayList<>();
        values.expected().values().keySet().forEach(y -> years.add(y.toString()));
        years.add(ALL);
        for (String year : years) {
            List<String> row = new ArrayList<>(List.of(BudgetLine.TOTAL, "", "", "", financier, year));
            for (Variant v : Variant.values()) {
                YearSeries series = values.get(v);
                row.add(Amounts.csv(year.equals(ALL) ? series.total() : series.at(Integer.parseInt(year))));
            }
            row.add(kind.key());
            row.add("");
            csv.row(row);
        }
    }

    private static Band<YearSeries> plus(Band<YearSeries> a, Band<YearSeries> b) {
        return Band.from(v -> a.get(v).plus(b.get(v)));
    }

    /**
     * Where the line's figures come from, in the scenario's own words; a formula figure is followed by
     * every input under it ({@code inputs: name: provenance, ...}), a computed quantity as derived.
     */
    static String basis(BudgetLineResult result) {
        String basis = basis(result.line());
        if (result.inputs().isEmpty()) {
            return basis;
        }
        List<String> inputs = new ArrayList<>();
        for (nl.impact.calc.CalculationPlan.Node node : result.inputs()) {
            inputs.add(node.name() + ": " + (node.parameter() == null
                    ? "derived: computed by kernaanpak " + result.line().kernaanpak() + " (" + node.formula().text() + ")"
                    : node.parameter().provenance().toString()));
        }
        return basis + "; inputs: " + String.join("; ", inputs);
    }

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
