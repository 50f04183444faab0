package nl.impact.report.excel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.BudgetLine;
import nl.impact.model.YearRange;

/**
 * {@code Business case}: the net business case per kernaanpak (and the programme-wide budget) and
 * for the whole plan: opbrengsten from the kernaanpak's sheet, investeringen from its subtotal on
 * the Begroting sheet, netto and cumulatief netto per year and variant.
 */
final class BusinessCaseSheet {

    static final String NAME = "Business case";

    record Rows(Map<String, FlowBlock.Rows> kernaanpakken, FlowBlock.Rows total) {
    }

    private BusinessCaseSheet() {
    }

    static Rows write(SheetWriter w, RunResult result, List<KernaanpakSheet.Rows> sheets, BudgetSheet.Rows budget,
            List<NetFlow> flows) {
        YearRange years = result.scenario().years();
        YearColumns cols = new YearColumns(years);
        int row = 0;
        w.text(row++, 0, "Netto business case per kernaanpak", w.styles().title());
        w.text(row++, 0, "Opbrengsten: het totaal op het blad van de kernaanpak. Investeringen: het subtotaal van de"
                + " kernaanpak op het blad Begroting (programmabrede posten apart). Netto = opbrengsten - investeringen."
                + " Bedragen in euro's, onverdisconteerd; contante waarden op het blad Kengetallen.", Styles.Text.NOTE);
        row++;
        int header = row++;
        SummarySheet.headers(w, header, cols);
        Sheets.finish(w.sheet(), header, 2);

        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < result.kernaanpakken().size(); i++) {
            indexById.putIfAbsent(result.kernaanpakken().get(i).kernaanpak().id(), i);
        }
        Map<String, FlowBlock.Rows> blocks = new LinkedHashMap<>();
        for (NetFlow flow : flows) {
            if (flow.dimension() != Totals.Dimension.KERNAANPAK) {
                continue;
            }
            // The programme-wide budget has no kernaanpak sheet.
            int index = BudgetLine.PROGRAMME.equals(flow.key()) ? -1 : indexById.getOrDefault(flow.key(), -1);
            boolean same = (index < 0 || FlowBlock.same(sheets.get(index).total()))
                    && (!budget.kernaanpakken().containsKey(flow.key()) || FlowBlock.same(budget.kernaanpakken().get(flow.key())));
            FlowBlock.Rows block = FlowBlock.write(w, row, flow.label(), flow,
                    (v, y) -> index < 0 ? "0" : SheetNames.quoted(sheets.get(index).sheet()) + "!"
                            + SheetWriter.local(sheets.get(index).total().get(v), cols.column(y)),
                    (v, y) -> budget.kernaanpakken().containsKey(flow.key())
                            ? FlowBlock.investedIn(SheetNames.quoted(budget.sheet()) + "!"
                                    + SheetWriter.local(budget.kernaanpakken().get(flow.key()).get(v), cols.column(y)), y, years)
                            : "0",
                    years, same);
            blocks.put(flow.key(), block);
            row = block.next() + 1;
        }
        int lastBlockRow = row - 2;
        FlowBlock.Rows total = FlowBlock.write(w, row, "Totaal plan",
                FinancierSheet.flow(flows, Totals.Dimension.TOTAL, "total"),
                (v, y) -> FlowBlock.sumOf(FlowBlock.Measure.OPBRENGSTEN, v, cols.column(y), header + 1, lastBlockRow),
                (v, y) -> FlowBlock.sumOf(FlowBlock.Measure.INVESTERINGEN, v, cols.column(y), header + 1, lastBlockRow),
                years, blocks.values().stream().allMatch(b -> FlowBlock.same(b.rows().get(FlowBlock.Measure.NETTO))));
        w.widths(SummarySheet.widths(years, 40, 17));
        return new Rows(blocks, total);
    }
}
