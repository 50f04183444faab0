package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.model.Scenario;
import nl.impact.report.SensitivityCsv;
import nl.impact.report.SwingMark;

/**
 * The Gevoeligheid sheet: the one-way sensitivity of sensitivity.csv, for the whole plan and then
 * each financier, with a tornado chart per block of the ten largest swings of the net result:
 * horizontal bars from the expected result to the result with one parameter at its minimal-effect
 * and at its maximal-effect value. Its numbers are computed by the engine (each is a whole business
 * case), so they are values, not formulas.
 */
final class SensitivitySheet {

    static final String NAME = "Gevoeligheid";
    private static final int SHOWN = 10;
    private static final String[] HEADERS = {"Parameter", "Maatstaf", "Waarde bij min", "Waarde bij max",
            "Resultaat bij min (€)", "Verwacht (€)", "Resultaat bij max (€)", "Zwaai (€)", "Verschil bij min (€)",
            "Verschil bij max (€)", "Label in grafiek"};
    /** Where the columns of a block stand: the table, the tornado beside it, and right of that (not printed) its data. */
    private static final int TABLE_COLUMNS = 8;
    private static final int CHART_COLUMNS = 3;
    /** The fewest rows a tornado takes: a block of few bars keeps a readable chart. */
    private static final int CHART_ROWS = 10;
    private static final int DATA = TABLE_COLUMNS + CHART_COLUMNS;
    /** The widest a bar's label in the tornado is, in digit widths of 11 pt: under half the chart. */
    static final double LABEL_WIDTH = 30;

    /** One block: where its top rows stand, for the chart. */
    record Block(String title, int header, int first, int count) {
    }

    private SensitivitySheet() {
    }

    static List<Block> write(SheetWriter w, Sensitivity sensitivity, Scenario scenario) {
        int row = 0;
        w.text(row++, 0, "Gevoeligheid: welke aannames bepalen de business case", w.styles().title());
        w.text(row++, 0, "Per parameter met een bandbreedte die het resultaat raakt: het resultaat met die parameter op"
                + " zijn minimale en op zijn maximale effect, alle andere op verwacht. Netto = opbrengsten min investeringen over alle jaren; "
                + "NCW = netto contante waarde, alleen getoond waar die van het netto verschilt (niet bij een "
                + "disconteringsvoet van 0). Zie docs/uncertainty.md." + rangeNote(sensitivity.range()), Styles.Text.NOTE);
        List<String> groups = new ArrayList<>();
        groups.add(Sensitivity.TOTAL);
        scenario.allFinanciers().forEach(groups::add);
        List<Block> blocks = new ArrayList<>();
        for (String financier : groups) {
            row++;
            String title = financier.equals(Sensitivity.TOTAL) ? "Hele plan" : "Financier: " + financier;
            w.text(row++, 0, title, Styles.Text.BOLD);
            if (sensitivity.largest(financier, Sensitivity.Measure.NET).stream().noneMatch(SensitivitySheet::moves)) {
                w.text(row++, 0, "Geen parameter met een bandbreedte verandert het resultaat van " + financier + ".",
                        Styles.Text.NOTE);
                continue;
            }
            int header = row++;
            for (int c = 0; c < HEADERS.length; c++) {
                w.text(header, column(c), HEADERS[c], c < 4 ? w.styles().header() : w.styles().numberHeader());
            }
            int first = row;
            int net = 0;
            for (Sensitivity.Measure measure : measures(sensitivity, financier)) {
                for (Sensitivity.Swing s : sensitivity.largest(financier, measure)) {
                    if (!moves(s)) {
                        continue; // a parameter that does not touch this financier
                    }
                    w.text(row, 0, SwingMark.label(s, sensitivity.range(), true), Styles.Text.PLAIN);
                    w.text(row, column(10), chartLabel(s, sensitivity.range()), Styles.Text.PLAIN);
                    w.text(row, 1, measure == Sensitivity.Measure.NET ? "netto" : "NCW", Styles.Text.PLAIN);
                    w.text(row, 2, SensitivityCsv.value(s.swung().low()), Styles.Text.PLAIN);
                    w.text(row, 3, SensitivityCsv.value(s.swung().high()), Styles.Text.PLAIN);
                    double[] numbers = {s.atMin(), s.expected(), s.atMax(), s.swing(), s.atMin() - s.expected(),
                            s.atMax() - s.expected()};
                    for (int i = 0; i < numbers.length; i++) {
                        w.computed(row, column(4 + i), BigDecimal.valueOf(numbers[i]), Styles.Format.EURO);
                    }
                    if (measure == Sensitivity.Measure.NET) {
                        net++;
                    }
                    row++;
                }
            }
            blocks.add(new Block(title, header, first, Math.min(SHOWN, net)));
            // Room for the chart beside the table when the table is short.
            row = Math.max(row, header + chartRows(Math.min(SHOWN, net)) + 1);
        }
        w.widths(List.of(45, 7, 10, 10, 13, 13, 13, 12, 22, 22, 22, 14, 14, 30));
        // The tornado's data stand right of it: on screen, not printed.
        w.print().lastColumn(DATA - 1);
        return blocks;
    }

    /**
     * A bar's label in the tornado: the parameter's label without its kernaanpak (the table beside the
     * chart gives the whole label, in the same order), cut to {@link #LABEL_WIDTH}. A longer label
     * makes LibreOffice shrink the axis's labels below 8 pt in print.
     */
    static String chartLabel(Sensitivity.Swing s, Sensitivity.Range range) {
        String label = s.label();
        int owner = label.indexOf(" - ");
        String own = owner > 0 && owner + 3 < label.length() ? label.substring(owner + 3) : label;
        String mark = SwingMark.of(s, range, true);
        return ShortNote.of(own, LABEL_WIDTH - TextWidth.of(mark, false, 11)) + mark;
    }

    /** What the mark of an input swung by {@code --sensitivity-range} means; empty without a range. */
    static String rangeNote(Sensitivity.Range range) {
        if (!range.on()) {
            return "";
        }
        String percent = SwingMark.range(range, true).substring(1);
        return " Een parameter met (" + SwingMark.range(range, true) + ") achter zijn naam heeft geen bandbreedte: "
                + "hij staat " + percent + " lager en " + percent + " hoger (--sensitivity-range).";
    }

    /**
     * The rows a tornado of {@code bars} bars spans, from its table's header down: the table's rows and
     * a few for its axis and legend, so a block is as tall as its table or a small chart.
     */
    private static int chartRows(int bars) {
        return Math.max(CHART_ROWS, bars + 3);
    }

    /** True when the result differs by a cent or more at either end of the parameter's band. */
    private static boolean moves(Sensitivity.Swing s) {
        return Math.abs(s.atMin() - s.expected()) >= 0.005 || Math.abs(s.atMax() - s.expected()) >= 0.005;
    }

    /** The column of the table's {@code c}-th heading: the differences stand right of the tornado. */
    private static int column(int c) {
        return c < TABLE_COLUMNS ? c : DATA + c - TABLE_COLUMNS;
    }

    /** Netto, and the NCW only where it differs from the netto: never at a discount rate of 0. */
    private static List<Sensitivity.Measure> measures(Sensitivity sensitivity, String financier) {
        List<Sensitivity.Swing> net = sensitivity.largest(financier, Sensitivity.Measure.NET);
        List<Sensitivity.Swing> npv = sensitivity.largest(financier, Sensitivity.Measure.NPV);
        boolean same = net.size() == npv.size();
        for (int i = 0; same && i < net.size(); i++) {
            Sensitivity.Swing a = net.get(i);
            Sensitivity.Swing b = npv.get(i);
            same = a.path().equals(b.path()) && a.variation() == b.variation() && Math.abs(a.atMin() - b.atMin()) < 0.005
                    && Math.abs(a.atMax() - b.atMax()) < 0.005 && Math.abs(a.expected() - b.expected()) < 0.005;
        }
        return same ? List.of(Sensitivity.Measure.NET) : List.of(Sensitivity.Measure.values());
    }

    /** A tornado per block, beside its table. */
    static void charts(SheetWriter w, List<Block> blocks) {
        for (Block b : blocks) {
            if (b.count() == 0) {
                continue;
            }
            Charts.tornado(w.sheet(), new Charts.Place(TABLE_COLUMNS, b.header(), DATA, b.header() + chartRows(b.count())),
                    "Tornado netto resultaat: " + b.title().toLowerCase(java.util.Locale.ROOT), b.header(), b.first(),
                    b.first() + b.count() - 1, column(10), column(8), column(9));
        }
    }

}
