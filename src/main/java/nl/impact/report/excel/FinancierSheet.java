package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Band;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;
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

    /** {@code settlements} is null for a plan without settlements: then no block has a row of them. */
    static Rows write(SheetWriter w, RunResult result, List<KernaanpakSheet.Rows> sheets, BudgetSheet.Rows budget,
            List<NetFlow> flows, SettlementSheet.Rows settlements) {
        YearRange years = result.scenario().years();
        YearColumns cols = new YearColumns(years);
        int row = 0;
        w.text(row++, 0, "Per financier: wie investeert en wie profiteert", w.styles().title());
        w.text(row++, 0, "Opbrengsten: de subtotalen van de financier op de bladen van de kernaanpakken."
                + " Investeringen: het subtotaal van de financier op het blad Begroting."
                + (settlements == null ? " Netto = opbrengsten - investeringen."
                        : " Verrekeningen: ontvangen - betaald, op het blad Verrekeningen. Netto = opbrengsten -"
                                + " investeringen + verrekeningen.")
                + " Bedragen in euro's, onverdisconteerd.", Styles.Text.NOTE);
        row++;
        int header = row++;
        SummarySheet.headers(w, header, cols);
        w.text(header, YearColumns.NAME, "Financier", w.styles().header());
        w.text(header, YearColumns.PROVENANCE, "Onderdeel", w.styles().header());
        Sheets.finish(w.sheet(), header, 2);

        // Below the blocks and their chart: each financier's subtotal on every kernaanpak sheet, one
        // row per financier, variant and kernaanpak, so that a financier's opbrengsten are one SUM.
        // These rows serve the formulas only: they are not printed.
        List<String> financiers = result.scenario().allFinanciers();
        Map<String, Boolean> same = new HashMap<>();
        int end = row;
        for (String financier : financiers) {
            boolean one = FlowBlock.same(budget.financiers().get(financier)) && sheets.stream()
                    .filter(s -> s.financiers().containsKey(financier))
                    .allMatch(s -> FlowBlock.same(s.financiers().get(financier)))
                    && (settlements == null || !settlements.financiers().containsKey(financier)
                            || FlowBlock.same(settlements.financiers().get(financier)));
            same.put(financier, one);
            end += FlowBlock.rows(settlements != null, one) + 1;
        }
        boolean totalSame = same.values().stream().allMatch(b -> b);
        end += FlowBlock.rows(settlements != null, totalSame);
        Map<String, Map<Variant, int[]>> detail = benefitDetail(w, end + CHART_ROWS + 4, result, sheets, cols);
        Map<String, FlowBlock.Rows> blocks = new LinkedHashMap<>();
        for (String financier : financiers) {
            NetFlow flow = flow(flows, Totals.Dimension.FINANCIER, financier);
            FlowBlock.Rows block = FlowBlock.write(w, row, financier, flow,
                    (v, y) -> detail.containsKey(financier) ? Formulas.sum(cols.column(y),
                            detail.get(financier).get(v)[0], detail.get(financier).get(v)[1]) : "0",
                    (v, y) -> FlowBlock.investedIn(SheetNames.quoted(budget.sheet()) + "!"
                            + SheetWriter.local(budget.financiers().get(financier).get(v), cols.column(y)), y, years),
                    settlements == null ? null : (v, y) -> settlements.financiers().containsKey(financier)
                            ? SheetNames.quoted(settlements.sheet()) + "!"
                                    + SheetWriter.local(settlements.financiers().get(financier).get(v), cols.column(y))
                            : "0",
                    years, same.get(financier));
            blocks.put(financier, block);
            row = block.next() + 1;
        }
        int lastBlockRow = row - 2;
        FlowBlock.Rows total = FlowBlock.write(w, row, "Totaal", flow(flows, Totals.Dimension.TOTAL, "total"),
                (v, y) -> FlowBlock.sumOf(FlowBlock.Measure.OPBRENGSTEN, v, cols.column(y), header + 1, lastBlockRow),
                (v, y) -> FlowBlock.sumOf(FlowBlock.Measure.INVESTERINGEN, v, cols.column(y), header + 1, lastBlockRow),
                settlements == null ? null
                        : (v, y) -> FlowBlock.sumOf(FlowBlock.Measure.VERREKENINGEN, v, cols.column(y), header + 1,
                                lastBlockRow),
                years, totalSame);
        if (total.next() != end) {
            throw new IllegalStateException("Per financier: blocks end at row " + total.next() + ", not " + end);
        }
        w.print().lastRow(end + 1 + CHART_ROWS);
        w.widths(SummarySheet.widths(years, 30, 17));
        return new Rows(header, blocks, total, total.next());
    }

    /** Rows the chart below the blocks takes, see {@link #charts}. */
    private static final int CHART_ROWS = 18;

    /**
     * Writes, from {@code start}, per financier and variant the rows that refer to the financier's
     * subtotal on each kernaanpak sheet (with the engine's value), and returns their first and last
     * row per financier and variant (last before first when there are none).
     */
    private static Map<String, Map<Variant, int[]>> benefitDetail(SheetWriter w, int start, RunResult result,
            List<KernaanpakSheet.Rows> sheets, YearColumns cols) {
        YearRange years = cols.years();
        int row = start;
        w.text(row++, YearColumns.NAME, "Opbrengsten per financier en kernaanpak: de subtotalen op de bladen van de"
                + " kernaanpakken, die de opbrengsten hierboven optellen.", Styles.Text.BOLD);
        List<Map<String, Band<YearSeries>>> perKernaanpak = result.kernaanpakken().stream().map(Totals::byFinancier)
                .toList();
        Map<String, Map<Variant, int[]>> detail = new HashMap<>();
        for (String financier : result.scenario().allFinanciers()) {
            Map<Variant, int[]> byVariant = new EnumMap<>(Variant.class);
            for (Variant v : Variant.values()) {
                int first = row;
                for (int i = 0; i < sheets.size(); i++) {
                    KernaanpakSheet.Rows s = sheets.get(i);
                    if (!s.financiers().containsKey(financier)) {
                        continue;
                    }
                    Band<YearSeries> values = perKernaanpak.get(i).get(financier);
                    w.text(row, YearColumns.NAME, financier, Styles.Text.PLAIN);
                    w.text(row, YearColumns.VARIANT, Labels.variant(v), Styles.Text.PLAIN);
                    w.text(row, YearColumns.UNIT, "€", Styles.Text.PLAIN);
                    w.text(row, YearColumns.PROVENANCE, s.sheet(), Styles.Text.PLAIN);
                    for (int y = years.first(); y <= years.effectsUntil(); y++) {
                        w.formula(row, cols.column(y), SheetNames.quoted(s.sheet()) + "!"
                                + SheetWriter.local(s.financiers().get(financier).get(v), cols.column(y)),
                                values == null ? BigDecimal.ZERO : values.get(v).at(y), Styles.Role.FORMULA,
                                Styles.Format.EURO);
                    }
                    row++;
                }
                byVariant.put(v, new int[] {first, row - 1});
            }
            detail.put(financier, byVariant);
        }
        return detail;
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
        Charts.stackedBars(w.sheet(), new Charts.Place(0, top, cols.total() + 1, top + CHART_ROWS),
                "Opbrengsten per financier per jaar (verwacht)", rows.header(), cols.column(years.first()),
                cols.lastEffectColumn(), series);
    }
}
