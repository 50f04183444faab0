package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.AreaFlow;
import nl.impact.engine.AreaResults;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;

/**
 * The sheets {@code Per gebied} (one row per area) and {@code Per gemeente} (one row per gemeente)
 * of a scenario with an area table: benefits, investments and net over all years, and the expected
 * net per financier, the municipal one being the area's own gemeente. The figures are the
 * engine's values per area, typed in as computed numbers: a row per area stays cheap at national
 * size. Only the total row is a formula (a SUM per column).
 */
final class AreaSheets {

    static final String AREAS = "Per gebied";
    static final String GEMEENTEN = "Per gemeente";

    private AreaSheets() {
    }

    static void writeAreas(SheetWriter w, AreaResults areas) {
        write(w, areas, areas.areas(), true);
    }

    static void writeGemeenten(SheetWriter w, AreaResults areas) {
        write(w, areas, areas.gemeenten(), false);
    }

    private static void write(SheetWriter w, AreaResults areas, List<AreaFlow> flows, boolean perArea) {
        Styles styles = w.styles();
        int row = 0;
        w.text(row++, 0, title(perArea), styles.title());
        w.text(row++, 0, note(areas), Styles.Text.NOTE);
        int header = row++;
        List<String> headers = headers(areas, perArea);
        int firstNumber = perArea ? 3 : 2;
        for (int c = 0; c < headers.size(); c++) {
            w.text(header, c, headers.get(c), c < firstNumber ? styles.header() : styles.numberHeader());
        }
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        areas.areas().forEach(a -> counts.merge(a.gemeente(), 1L, Long::sum));
        int firstRow = row;
        for (AreaFlow flow : flows) {
            int c = 0;
            if (perArea) {
                w.text(row, c++, flow.code(), Styles.Text.PLAIN);
                w.text(row, c++, flow.name(), Styles.Text.PLAIN);
                w.text(row, c++, flow.gemeente(), Styles.Text.PLAIN);
            } else {
                w.text(row, c++, flow.gemeente(), Styles.Text.PLAIN);
                w.computed(row, c++, BigDecimal.valueOf(counts.get(flow.gemeente())), Styles.Format.YEAR);
            }
            for (BigDecimal value : numbers(areas, flow)) {
                w.computed(row, c++, value, Styles.Format.EURO);
            }
            row++;
        }
        if (!flows.isEmpty()) {
            w.text(row, 0, "Totaal", Styles.Text.BOLD);
            List<BigDecimal> totals = new ArrayList<>();
            for (AreaFlow flow : flows) {
                List<BigDecimal> values = numbers(areas, flow);
                for (int i = 0; i < values.size(); i++) {
                    if (totals.size() <= i) {
                        totals.add(BigDecimal.ZERO);
                    }
                    totals.set(i, totals.get(i).add(values.get(i)));
                }
            }
            for (int i = 0; i < totals.size(); i++) {
                int c = firstNumber + i;
                w.formula(row, c, "SUM(" + SheetWriter.local(firstRow, c) + ":" + SheetWriter.local(row - 1, c) + ")",
                        totals.get(i), Styles.Role.TOTAL, Styles.Format.EURO);
            }
        }
        w.widths(widths(headers.size(), firstNumber, perArea));
        Sheets.finish(w.sheet(), header, firstNumber);
    }

    static String title(boolean perArea) {
        return perArea ? "Business case per gebied" : "Business case per gemeente";
    }

    static String note(AreaResults areas) {
        YearRange years = areas.years();
        return "Euro's over " + years.first() + "-" + years.effectsUntil() + ", onverdisconteerd, uit de "
                + "berekening per gebied (" + areas.areas().size() + " gebieden uit "
                + areas.table().file().getFileName() + "). De gemeentelijke domeinen vallen bij de eigen gemeente van "
                + "het gebied. Investeringen: de begrotingsposten per eenheid van een kernaanpak; programmabrede posten "
                + "horen bij geen gebied.";
    }

    /** The column headers: the area's (or gemeente's) labels, then the figures of {@link #numbers}. */
    static List<String> headers(AreaResults areas, boolean perArea) {
        List<String> headers = new ArrayList<>(perArea ? List.of("Code", "Naam", "Gemeente")
                : List.of("Gemeente", "Gebieden"));
        headers.addAll(List.of("Baten (verwacht)", "Investeringen (verwacht)", "Netto (verwacht)", "Netto (minimaal)",
                "Netto (maximaal)"));
        for (String financier : areas.financiers()) {
            headers.add("Netto (verwacht): " + (financier.equals(areas.table().municipalFinancier())
                    ? "eigen gemeente" : financier));
        }
        return headers;
    }

    /** Column widths in characters. */
    static List<Integer> widths(int columns, int firstNumber, boolean perArea) {
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            widths.add(c < firstNumber ? (perArea && c == 0 ? 14 : 24) : 18);
        }
        return widths;
    }

    /** Benefits, investments, net (expected), net (min, max), then the expected net per financier. */
    private static List<BigDecimal> numbers(AreaResults areas, AreaFlow flow) {
        List<BigDecimal> values = new ArrayList<>();
        values.add(areas.total(flow, AreaResults.Measure.BENEFITS, Variant.EXPECTED));
        values.add(areas.total(flow, AreaResults.Measure.INVESTMENTS, Variant.EXPECTED));
        values.add(areas.total(flow, null, Variant.EXPECTED));
        values.add(areas.total(flow, null, Variant.MIN));
        values.add(areas.total(flow, null, Variant.MAX));
        for (int f = 0; f < areas.financiers().size(); f++) {
            BigDecimal net = BigDecimal.ZERO;
            for (int y = areas.years().first(); y <= areas.years().effectsUntil(); y++) {
                net = net.add(areas.net(flow, f, Variant.EXPECTED, y));
            }
            values.add(net);
        }
        return values;
    }
}
