package nl.impact.report.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;

/**
 * {@code Per financier}: the wrong-pocket view. Per financier and year: what it gains
 * (opbrengsten: its subtotal on every kernaanpak sheet), what it invests (its subtotal on the
 * Begroting sheet), the net and the cumulative net. Chart: the expected benefits per financier
 * per year, stacked.
 */
final class FinancierSheet {

    static final String NAME = "Per financier";

    record Rows(int header, Map<String, FlowBlock.Rows> financiers, FlowBlock.Rows total, int end) {
    }

    private FinancierSheet() {
    }

    static Rows write(SheetWriter w, RunResult result, List<KernaanpakSheet.Rows> sheets, BudgetSheet.Rows budget,
            List<NetFlow> flows) {
        YearRange years = result.scenario().years();
        YearColumns cols = new YearColumns(years);
        int row = 0;
        w.text(row++, 0, "Per financier: wie investeert en wie profiteert", w.styles().title());
        w.text(row++, 0, "Opbrengsten: de subtotalen van de financier op de bladen van de kernaanpakken."
                + " Investeringen: het subtotaal van de financier op het blad Begroting. Netto = opbrengsten -"
                + " investeringen. Bedragen in euro's, onverdisconteerd.", Styles.Text.NOTE);
        row++;
        int header = row++;
        SummarySheet.headers(w, header, cols);
        w.text(header, YearColumns.NAME, "Financier", w.styles().header());
        w.text(header, YearColumns.PROVENANCE, "Onderdeel", w.styles().header());
        Sheets.finish(w.sheet(), header, 2);

        Map<String, FlowBlock.Rows> blocks = new LinkedHashMap<>();
        for (String financier : result.scenario().allFinanciers()) {
            NetFlow flow = flow(flows, Totals.Dimension.FINANCIER, financier);
            FlowBlock.Rows block = FlowBlock.write(w, row, financier, flow,
                    (v, y) -> Formulas.plus(benefitCells(sheets, financier, v, cols.column(y))),
                    (v, y) -> FlowBlock.investedIn(SheetNames.quoted(budget.sheet()) + "!"
                            + SheetWriter.local(budget.financiers().get(financier).get(v), cols.column(y)), y, years),
                    years);
            blocks.put(financier, block);
            row = block.next() + 1;
        }
        List<FlowBlock.Rows> all = new ArrayList<>(blocks.values());
        FlowBlock.Rows total = FlowBlock.write(w, row, "Totaal", flow(flows, Totals.Dimension.TOTAL, "total"),
                (v, y) -> Formulas.plus(all.stream().map(b -> SheetWriter.local(b.get(FlowBlock.Measure.OPBRENGSTEN, v),
                        cols.column(y))).toList()),
                (v, y) -> Formulas.plus(all.stream().map(b -> SheetWriter.local(b.get(FlowBlock.Measure.INVESTERINGEN, v),
                        cols.column(y))).toList()),
                years);
        w.widths(SummarySheet.widths(years, 30, 17));
        return new Rows(header, blocks, total, total.next());
    }

    private static List<String> benefitCells(List<KernaanpakSheet.Rows> sheets, String financier, Variant v, int column) {
        return sheets.stream().filter(s -> s.financiers().containsKey(financier))
                .map(s -> SheetNames.quoted(s.sheet()) + "!" + SheetWriter.local(s.financiers().get(financier).get(v), column))
                .toList();
    }

    static NetFlow flow(List<NetFlow> flows, Totals.Dimension dimension, String key) {
        return flows.stream().filter(f -> f.dimension() == dimension && f.key().equals(key)).findFirst().orElseThrow();
    }

    static void charts(SheetWriter w, Rows rows, YearRange years) {
        YearColumns cols = new YearColumns(years);
        List<Charts.Series> series = rows.financiers().values().stream()
                .map(b -> new Charts.Series(b.get(FlowBlock.Measure.OPBRENGSTEN, Variant.EXPECTED), YearColumns.NAME,
                        b.get(FlowBlock.Measure.OPBRENGSTEN, Variant.EXPECTED)))
                .toList();
        int top = rows.end() + 2;
        Charts.stackedBars(w.sheet(), new Charts.Place(0, top, cols.total() + 1, top + 22),
                "Opbrengsten per financier per jaar (verwacht)", rows.header(), cols.column(years.first()),
                cols.lastEffectColumn(), series);
    }
}
