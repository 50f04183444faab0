package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.impact.engine.BreakEven;
import nl.impact.engine.BusinessCaseMetrics;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.report.BreakEvenText;
import org.apache.poi.ss.util.CellReference;

/**
 * {@code Kengetallen}: per financier, kernaanpak and for the plan, per variant: the totals, the
 * present values at the discount rate (an input, named {@code disconteringsvoet}), the net present
 * value, the benefit/cost ratio and the break-even year. The base year is the first plan year:
 * its flows count in full, each later year is divided by (1 + rate) once more.
 */
final class KeyFiguresSheet {

    static final String NAME = "Kengetallen";
    static final String RATE = "disconteringsvoet";

    private static final String[] HEADERS = {"Naam", "Variant", "Blad", "Opbrengsten (€)", "Investeringen (€)",
        "Netto (€)", "Contante waarde opbrengsten (€)", "Contante waarde investeringen (€)",
        "Netto contante waarde (€)", "Verhouding baten/kosten", "Terugverdienjaar"};

    private KeyFiguresSheet() {
    }

    static void write(SheetWriter w, RunResult result, List<NetFlow> flows, FinancierSheet.Rows financiers,
            String financierSheet, BusinessCaseSheet.Rows kernaanpakken, String businessCaseSheet, RangeNames ranges) {
        YearRange years = result.scenario().years();
        YearColumns cols = new YearColumns(years);
        BigDecimal rate = result.scenario().discountRate();
        int row = 0;
        w.text(row++, 0, "Kengetallen van de business case", w.styles().title());
        w.text(row++, 0, "Contante waarden tegen de disconteringsvoet hieronder, met " + years.first()
                + " als basisjaar (telt volledig mee); elk later jaar wordt eenmaal meer gedeeld door (1 + voet)."
                + " Terugverdienjaar: het eerste jaar vanaf wanneer het cumulatieve netto (onverdisconteerd) tot en met "
                + years.effectsUntil() + " nul of meer blijft; geen als het negatief eindigt of als er geen geldstromen zijn.",
                Styles.Text.NOTE);
        row++;
        int rateRow = row++;
        w.text(rateRow, 0, "Disconteringsvoet", Styles.Text.BOLD);
        w.input(rateRow, 1, rate, Styles.Format.PERCENT);
        w.text(rateRow, 2, "uit het scenario (discountRate); 0 is de conventie van het plan: onverdisconteerd",
                Styles.Text.NOTE);
        ranges.define(RATE, SheetNames.quoted(w.name()) + "!" + new CellReference(rateRow, 1, true, true).formatAsString());
        row++;
        int header = row++;
        for (int c = 0; c < HEADERS.length; c++) {
            w.text(header, c, HEADERS[c], c < 3 ? w.styles().header() : w.styles().numberHeader());
        }
        Sheets.finish(w.sheet(), header, 2);

        for (Map.Entry<String, FlowBlock.Rows> f : financiers.financiers().entrySet()) {
            row = figures(w, row, f.getKey(), FinancierSheet.flow(flows, Totals.Dimension.FINANCIER, f.getKey()),
                    f.getValue(), financierSheet, cols, rate);
        }
        for (Map.Entry<String, FlowBlock.Rows> k : kernaanpakken.kernaanpakken().entrySet()) {
            NetFlow flow = FinancierSheet.flow(flows, Totals.Dimension.KERNAANPAK, k.getKey());
            row = figures(w, row, flow.label(), flow, k.getValue(), businessCaseSheet, cols, rate);
        }
        figures(w, row, "Totaal plan", FinancierSheet.flow(flows, Totals.Dimension.TOTAL, "total"), kernaanpakken.total(),
                businessCaseSheet, cols, rate);
        w.widths(List.of(30, 10, 14, 14, 14, 14, 15, 15, 15, 13, 14));
    }

    private static int figures(SheetWriter w, int row, String label, NetFlow flow, FlowBlock.Rows block, String sheet,
            YearColumns cols, BigDecimal rate) {
        YearRange years = cols.years();
        String at = SheetNames.quoted(sheet) + "!";
        for (Variant v : Variant.values()) {
            BusinessCaseMetrics m = BusinessCaseMetrics.of(flow, v, rate, years.first());
            int benefits = block.get(FlowBlock.Measure.OPBRENGSTEN, v);
            int investments = block.get(FlowBlock.Measure.INVESTERINGEN, v);
            int net = block.get(FlowBlock.Measure.NETTO, v);
            int cumulative = block.get(FlowBlock.Measure.CUMULATIEF, v);
            w.text(row, 0, label, Styles.Text.PLAIN);
            w.text(row, 1, Labels.variant(v), Styles.Text.PLAIN);
            w.text(row, 2, sheet, Styles.Text.PLAIN);
            w.formula(row, 3, at + SheetWriter.local(benefits, cols.total()), m.benefits(), Styles.Role.FORMULA,
                    Styles.Format.WHOLE_EURO);
            w.formula(row, 4, at + SheetWriter.local(investments, cols.total()), m.investments(), Styles.Role.FORMULA,
                    Styles.Format.WHOLE_EURO);
            w.formula(row, 5, at + SheetWriter.local(net, cols.total()), m.net(), Styles.Role.TOTAL, Styles.Format.WHOLE_EURO);
            w.formula(row, 6, presentValue(at, benefits, cols), m.benefitsPresentValue(), Styles.Role.FORMULA,
                    Styles.Format.WHOLE_EURO);
            w.formula(row, 7, presentValue(at, investments, cols), m.investmentsPresentValue(), Styles.Role.FORMULA,
                    Styles.Format.WHOLE_EURO);
            // Of the net row, not benefits minus investments: a financier's net includes its settlements.
            w.formula(row, 8, presentValue(at, net, cols), m.netPresentValue(), Styles.Role.TOTAL,
                    Styles.Format.WHOLE_EURO);
            w.formula(row, 9, "IF(" + SheetWriter.local(row, 7) + "=0,\"geen\"," + SheetWriter.local(row, 6) + "/"
                    + SheetWriter.local(row, 7) + ")", m.ratio().<Object>map(r -> r).orElse("geen"),
                    Styles.Role.FORMULA, Styles.Format.NUMBER);
            List<Integer> flowRows = new ArrayList<>(List.of(benefits, investments));
            if (block.rows().containsKey(FlowBlock.Measure.VERREKENINGEN)) {
                flowRows.add(block.get(FlowBlock.Measure.VERREKENINGEN, v));
            }
            w.formula(row, 10, breakEven(at, flowRows, cumulative, cols), m.breakEvenYear().isPresent()
                    ? (Object) BigDecimal.valueOf(m.breakEvenYear().getAsInt()) : BreakEvenText.dutch(m.breakEven()),
                    Styles.Role.FORMULA, Styles.Format.YEAR);
            row++;
        }
        return row + 1;
    }

    /** The flows of a row, each divided by (1 + rate) to the power of its distance from the base year. */
    private static String presentValue(String at, int row, YearColumns cols) {
        List<String> terms = new ArrayList<>();
        for (int y = cols.years().first(); y <= cols.years().effectsUntil(); y++) {
            String cell = at + SheetWriter.local(row, cols.column(y));
            int power = y - cols.years().first();
            terms.add(power == 0 ? cell : "(" + cell + "/((1+" + RATE + ")^" + power + "))");
        }
        return "(" + String.join("+", terms) + ")";
    }

    /**
     * {@link BreakEven}'s rule as a formula: "geen" and why when no benefit, investment or settlement differs
     * from zero, or when the last cumulative net is below zero; otherwise the year after the last
     * one whose cumulative net is below zero, or the first year when none is. A flat MAX over the
     * years rather than IFs nested per year, so that a horizon of 100 years stays within a
     * spreadsheet's nesting limit. Values are rounded to a millionth of a euro before comparing, so
     * that floating-point noise in a spreadsheet cannot move the year.
     */
    private static String breakEven(String at, List<Integer> flowRows, int cumulative, YearColumns cols) {
        int first = cols.years().first();
        int last = cols.years().effectsUntil();
        List<String> extremes = new ArrayList<>();
        for (int r : flowRows) {
            String range = at + range(r, cols);
            extremes.add("MAX(" + range + "),-MIN(" + range + ")");
        }
        StringBuilder formula = new StringBuilder("IF(ROUND(MAX(").append(String.join(",", extremes)).append("),6)=0,")
                .append(text(BreakEven.None.NO_FLOWS)).append(",IF(ROUND(").append(at)
                .append(SheetWriter.local(cumulative, cols.column(last))).append(",6)<0,")
                .append(text(BreakEven.None.ENDS_NEGATIVE)).append(",MAX(").append(first);
        for (int y = first; y < last; y++) {
            formula.append(",IF(ROUND(").append(at).append(SheetWriter.local(cumulative, cols.column(y)))
                    .append(",6)<0,").append(y + 1).append(",0)");
        }
        return formula.append(")))").toString();
    }

    private static String range(int row, YearColumns cols) {
        return SheetWriter.local(row, cols.column(cols.years().first())) + ":"
                + SheetWriter.local(row, cols.lastEffectColumn());
    }

    private static String text(BreakEven.None none) {
        return "\"" + BreakEvenText.dutch(none) + "\"";
    }
}
