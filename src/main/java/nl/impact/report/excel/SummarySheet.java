package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.impact.engine.KernaanpakResult;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Band;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;

/**
 * {@code Samenvatting}: the opbrengsten (benefits) per kernaanpak and year in the three variants,
 * each a reference to the kernaanpak's own sheet; then the whole plan: opbrengsten, investeringen
 * (the begroting's total), netto and cumulatief netto. Charts: the min/max band of the yearly
 * benefits, and the cumulative net business case.
 */
final class SummarySheet {

    static final String NAME = "Samenvatting";

    /** Rows the charts use. */
    record Rows(int header, FlowBlock.Rows total, int end) {
    }

    private SummarySheet() {
    }

    static Rows write(SheetWriter w, RunResult result, List<KernaanpakSheet.Rows> sheets, BudgetSheet.Rows budget,
            List<NetFlow> flows) {
        YearRange years = result.scenario().years();
        YearColumns cols = new YearColumns(years);
        int row = 0;
        w.text(row++, 0, "Maatschappelijke business case: " + result.scenario().name(), w.styles().title());
        w.text(row++, 0, "Opbrengsten per kernaanpak en jaar in euro's, onverdisconteerd, in drie varianten:"
                + " minimaal effect, verwacht en maximaal effect; daaronder het hele plan: opbrengsten, investeringen"
                + " (blad Begroting), netto en cumulatief netto.", Styles.Text.NOTE);
        row++;
        int header = row++;
        headers(w, header, cols);
        Sheets.finish(w.sheet(), header, 2);

        for (int i = 0; i < sheets.size(); i++) {
            KernaanpakResult k = result.kernaanpakken().get(i);
            KernaanpakSheet.Rows rows = sheets.get(i);
            Band<YearSeries> totals = Totals.of(k);
            boolean same = FlowBlock.same(rows.total());
            for (Variant v : same ? List.of(Variant.EXPECTED) : List.of(Variant.values())) {
                w.text(row, YearColumns.NAME, k.kernaanpak().name(), Styles.Text.PLAIN);
                w.text(row, YearColumns.VARIANT, Labels.variant(same ? null : v), Styles.Text.PLAIN);
                w.text(row, YearColumns.UNIT, "€", Styles.Text.PLAIN);
                // The sheet is named after the kernaanpak; only a name cut or made unique is said.
                w.text(row, YearColumns.PROVENANCE, rows.sheet().equals(k.kernaanpak().name()) ? "opbrengsten"
                        : "opbrengsten (blad " + rows.sheet() + ")", Styles.Text.PLAIN);
                for (int y = years.first(); y <= years.effectsUntil(); y++) {
                    w.formula(row, cols.column(y), SheetNames.quoted(rows.sheet()) + "!"
                            + SheetWriter.local(rows.total().get(v), cols.column(y)), totals.get(v).at(y),
                            Styles.Role.FORMULA, Styles.Format.EURO);
                }
                total(w, row, cols, totals.get(v).total(), Styles.Role.FORMULA);
                row++;
            }
        }
        int lastKernaanpakRow = row - 1;
        row++;
        boolean same = sheets.stream().allMatch(s -> FlowBlock.same(s.total())) && FlowBlock.same(budget.total());
        FlowBlock.Rows total = FlowBlock.write(w, row, "Totaal plan",
                FinancierSheet.flow(flows, Totals.Dimension.TOTAL, "total"),
                (v, y) -> FlowBlock.variantSum(cols.column(y), header + 1, lastKernaanpakRow, Map.of(), v),
                (v, y) -> FlowBlock.investedIn(SheetNames.quoted(budget.sheet()) + "!"
                        + SheetWriter.local(budget.total().get(v), cols.column(y)), y, years),
                years, same);
        w.widths(widths(years, 30, 24));
        return new Rows(header, total, total.next());
    }

    /** The rows the two charts take: low enough that they print on the table's page. */
    private static final int CHART_ROWS = 12;

    /** The charts, once every cell has its value. */
    static void charts(SheetWriter w, Rows rows, YearRange years) {
        YearColumns cols = new YearColumns(years);
        int first = cols.column(years.first());
        int last = cols.lastEffectColumn();
        int top = rows.end() + 1;
        List<Charts.Series> band = new ArrayList<>();
        List<Charts.Series> cumulative = new ArrayList<>();
        for (Variant v : Variant.values()) {
            int benefits = rows.total().get(FlowBlock.Measure.OPBRENGSTEN, v);
            int net = rows.total().get(FlowBlock.Measure.CUMULATIEF, v);
            band.add(new Charts.Series(benefits, YearColumns.VARIANT, benefits));
            cumulative.add(new Charts.Series(net, YearColumns.VARIANT, net));
        }
        Charts.lines(w.sheet(), new Charts.Place(0, top, 4, top + CHART_ROWS),
                "Opbrengsten per jaar: minimaal, verwacht en maximaal effect", rows.header(), first, last, band);
        Charts.lines(w.sheet(), new Charts.Place(4, top, cols.total() + 1, top + CHART_ROWS),
                "Netto business case, cumulatief per jaar", rows.header(), first, last, cumulative);
    }

    static void headers(SheetWriter w, int header, YearColumns cols) {
        Styles styles = w.styles();
        w.text(header, YearColumns.NAME, "Kernaanpak", styles.header());
        w.text(header, YearColumns.VARIANT, "Variant", styles.header());
        w.text(header, YearColumns.UNIT, "Eenheid", styles.header());
        w.text(header, YearColumns.PROVENANCE, "Onderdeel", styles.header());
        for (int y = cols.years().first(); y <= cols.years().effectsUntil(); y++) {
            w.text(header, cols.column(y), Integer.toString(y), styles.numberHeader());
        }
        w.text(header, cols.total(), "Totaal " + cols.years().first() + "-" + cols.years().effectsUntil() + " (€)",
                styles.numberHeader());
    }

    static void total(SheetWriter w, int row, YearColumns cols, BigDecimal expected, Styles.Role role) {
        w.formula(row, cols.total(), "SUM(" + SheetWriter.local(row, cols.column(cols.years().first())) + ":"
                + SheetWriter.local(row, cols.lastEffectColumn()) + ")", expected, role, Styles.Format.EURO);
    }

    static List<Integer> widths(YearRange years, int name, int part) {
        // Narrow to start with: the page layout widens each column to what it holds.
        List<Integer> widths = new ArrayList<>(List.of(name, 8, 6, part));
        for (int y = years.first(); y <= years.effectsUntil(); y++) {
            widths.add(9);
        }
        widths.add(10);
        return widths;
    }
}
