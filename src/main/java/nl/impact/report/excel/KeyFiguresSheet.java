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
        "Netto (€)", "Verhouding baten/kosten", "Terugverdienjaar", "Contante waarde opbrengsten (€)",
        "Contante waarde investeringen (€)", "Netto contante waarde (€)"};

    /** The columns of the figures. The present values stand last: undiscounted they equal the totals, and are not printed. */
    static final int BENEFITS = 3;
    static final int INVESTMENTS = 4;
    static final int NET = 5;
    static final int RATIO = 6;
    static final int BREAK_EVEN = 7;
    static final int PV_BENEFITS = 8;
    static final int PV_INVESTMENTS = 9;
    static final int NPV = 10;

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
        w.text(rateRow, 2, "uit het scenario (discountRate); 0 is de conventie van het plan: onverdisconteerd"
                + (rate.signum() == 0 ? ". Dan zijn de contante waarden (de laatste drie kolommen) gelijk aan de bedragen"
                        + " zelf en worden ze niet afgedrukt." : ""), Styles.Text.NOTE);
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
        w.widths(List.of(30, 10, 14, 14, 14, 14, 13, 14, 15, 15, 15));
        if (rate.signum() == 0) {
            // Undiscounted, the present values are the totals again: the NCW is printed only where it differs.
            w.print().lastColumn(BREAK_EVEN);
        }
    }

    private static int figures(SheetWriter w, int row, String label, NetFlow flow, FlowBlock.Rows block, String sheet,
            YearColumns cols, BigDecimal rate) {
        String at = SheetNames.quoted(sheet) + "!";
        // A block whose every row stands for all variants has one row of key figures for all of them too.
        boolean same = FlowBlock.same(block.rows().get(FlowBlock.Measure.NETTO));
        for (Variant v : same ? List.of(Variant.EXPECTED) : List.of(Variant.values())) {
            BusinessCaseMetrics m = BusinessCaseMetrics.of(flow, v, rate, cols.years().first());
            int benefits = block.get(FlowBlock.Measure.OPBRENGSTEN, v);
            int investments = block.get(FlowBlock.Measure.INVESTERINGEN, v);
            int net = block.get(FlowBlock.Measure.NETTO, v);
            int cumulative = block.get(FlowBlock.Measure.CUMULATIEF, v);
            w.text(row, 0, label, Styles.Text.PLAIN);
            w.text(row, 1, Labels.variant(same ? null : v), Styles.Text.PLAIN);
            w.text(row, 2, sheet, Styles.Text.PLAIN);
            w.formula(row, BENEFITS, at + SheetWriter.local(benefits, cols.total()), m.benefits(), Styles.Role.FORMULA,
                    Styles.Format.EURO);
            w.formula(row, INVESTMENTS, at + SheetWriter.local(investments, cols.total()), m.investments(),
                    Styles.Role.FORMULA, Styles.Format.EURO);
            w.formula(row, NET, at + SheetWriter.local(net, cols.total()), m.net(), Styles.Role.TOTAL, Styles.Format.EURO);
            w.formula(row, PV_BENEFITS, presentValue(at, benefits, cols), m.benefitsPresentValue(), Styles.Role.FORMULA,
                    Styles.Format.EURO);
            w.formula(row, PV_INVESTMENTS, presentValue(at, investments, cols), m.investmentsPresentValue(),
                    Styles.Role.FORMULA, Styles.Format.EURO);
            // Of the net row, not benefits minus investments: a financier's net includes its settlements.
            w.formula(row, NPV, presentValue(at, net, cols), m.netPresentValue(), Styles.Role.TOTAL, Styles.Format.EURO);
            w.formula(row, RATIO, "IF(" + SheetWriter.local(row, PV_INVESTMENTS) + "=0,\"geen\","
                    + SheetWriter.local(row, PV_BENEFITS) + "/" + SheetWriter.local(row, PV_INVESTMENTS) + ")",
                    m.ratio().<Object>map(r -> r).orElse("geen"), Styles.Role.FORMULA, Styles.Format.NUMBER);
            List<Integer> flowRows = new ArrayList<>(List.of(benefits, investments));
            if (block.rows().containsKey(FlowBlock.Measure.VERREKENINGEN)) {
                flowRows.add(block.get(FlowBlock.Measure.VERREKENINGEN, v));
            }
            w.formula(row, BREAK_EVEN, breakEven(at, flowRows, cumulative, cols), m.breakEvenYear().isPresent()
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
