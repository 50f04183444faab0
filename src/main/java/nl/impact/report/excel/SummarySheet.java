package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.impact.engine.KernaanpakResult;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Band;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;

/**
 * {@code Samenvatting}: the opbrengsten (benefits) per kernaanpak and year in the three variants,
 * each a reference to the kernaanpak's own sheet; the total per variant; and the cumulative total.
 * Charts: the min/max band of the yearly total, and the cumulative total.
 */
final class SummarySheet {

    static final String NAME = "Samenvatting";

    /** Rows the charts use, per variant. */
    record Rows(int header, Map<Variant, Integer> total, Map<Variant, Integer> cumulative, int end) {
    }

    private SummarySheet() {
    }

    static Rows write(SheetWriter w, RunResult result, List<KernaanpakSheet.Rows> sheets) {
        YearRange years = result.scenario().years();
        YearColumns cols = new YearColumns(years);
        int row = 0;
        w.text(row++, 0, "Maatschappelijke business case: " + result.scenario().name(), w.styles().title());
        w.text(row++, 0, "Opbrengsten per kernaanpak en jaar in euro's, onverdisconteerd, in drie varianten:"
                + " minimaal effect, verwacht en maximaal effect. Elk bedrag verwijst naar het blad van de kernaanpak.",
                Styles.Text.NOTE);
        row++;
        int header = row++;
        headers(w, header, cols);
        Sheets.finish(w.sheet(), header, 2);

        Map<Variant, List<Integer>> perVariant = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            perVariant.put(v, new ArrayList<>());
        }
        for (int i = 0; i < sheets.size(); i++) {
            KernaanpakResult k = result.kernaanpakken().get(i);
            KernaanpakSheet.Rows rows = sheets.get(i);
            Band<YearSeries> totals = Totals.of(k);
            for (Variant v : Variant.values()) {
                labels(w, row, k.kernaanpak().name(), v, rows.sheet());
                for (int y = years.first(); y <= years.effectsUntil(); y++) {
                    w.formula(row, cols.column(y), SheetNames.quoted(rows.sheet()) + "!"
                            + SheetWriter.local(rows.total().get(v), cols.column(y)), totals.get(v).at(y),
                            Styles.Role.FORMULA, Styles.Format.EURO);
                }
                total(w, row, cols, totals.get(v).total(), Styles.Role.FORMULA);
                perVariant.get(v).add(row++);
            }
        }
        Band<YearSeries> all = Totals.of(result).stream().filter(t -> t.dimension() == Totals.Dimension.TOTAL)
                .findFirst().orElseThrow().values();
        row++;
        Map<Variant, Integer> totalRows = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            labels(w, row, "Totaal opbrengsten", v, "");
            for (int y = years.first(); y <= years.effectsUntil(); y++) {
                int c = cols.column(y);
                w.formula(row, c, Formulas.plus(perVariant.get(v).stream().map(r -> SheetWriter.local(r, c)).toList()),
                        all.get(v).at(y), Styles.Role.TOTAL, Styles.Format.EURO);
            }
            total(w, row, cols, all.get(v).total(), Styles.Role.TOTAL);
            totalRows.put(v, row++);
        }
        row++;
        Map<Variant, Integer> cumulativeRows = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            labels(w, row, "Cumulatieve opbrengsten", v, "");
            BigDecimal running = BigDecimal.ZERO;
            int from = totalRows.get(v);
            for (int y = years.first(); y <= years.effectsUntil(); y++) {
                running = running.add(all.get(v).at(y));
                w.formula(row, cols.column(y), "SUM(" + new org.apache.poi.ss.util.CellReference(from,
                        cols.column(years.first()), false, true).formatAsString() + ":" + SheetWriter.local(from,
                        cols.column(y)) + ")", running, Styles.Role.FORMULA, Styles.Format.EURO);
            }
            cumulativeRows.put(v, row++);
        }
        List<Integer> widths = new ArrayList<>(List.of(40, 11, 8, 28));
        for (int y = years.first(); y <= years.effectsUntil(); y++) {
            widths.add(16);
        }
        widths.add(17);
        w.widths(widths);
        return new Rows(header, totalRows, cumulativeRows, row);
    }

    /** The charts, once the workbook has been evaluated. */
    static void charts(SheetWriter w, Rows rows, YearRange years) {
        YearColumns cols = new YearColumns(years);
        int first = cols.column(years.first());
        int last = cols.lastEffectColumn();
        int top = rows.end() + 2;
        List<Charts.Series> band = new ArrayList<>();
        List<Charts.Series> cumulative = new ArrayList<>();
        for (Variant v : Variant.values()) {
            band.add(new Charts.Series(rows.total().get(v), YearColumns.VARIANT, rows.total().get(v)));
            cumulative.add(new Charts.Series(rows.cumulative().get(v), YearColumns.VARIANT, rows.cumulative().get(v)));
        }
        Charts.lines(w.sheet(), new Charts.Place(0, top, 4, top + 20),
                "Opbrengsten per jaar: minimaal, verwacht en maximaal effect", rows.header(), first, last, band);
        Charts.lines(w.sheet(), new Charts.Place(4, top, cols.total() + 1, top + 20),
                "Cumulatieve opbrengsten per jaar", rows.header(), first, last, cumulative);
    }

    static void headers(SheetWriter w, int header, YearColumns cols) {
        Styles styles = w.styles();
        w.text(header, YearColumns.NAME, "Kernaanpak", styles.header());
        w.text(header, YearColumns.VARIANT, "Variant", styles.header());
        w.text(header, YearColumns.UNIT, "Eenheid", styles.header());
        w.text(header, YearColumns.PROVENANCE, "Berekend op blad", styles.header());
        for (int y = cols.years().first(); y <= cols.years().effectsUntil(); y++) {
            w.text(header, cols.column(y), Integer.toString(y), styles.numberHeader());
        }
        w.text(header, cols.total(), "Totaal " + cols.years().first() + "-" + cols.years().effectsUntil() + " (€)",
                styles.numberHeader());
    }

    private static void labels(SheetWriter w, int row, String label, Variant v, String sheet) {
        w.text(row, YearColumns.NAME, label, Styles.Text.PLAIN);
        w.text(row, YearColumns.VARIANT, Labels.variant(v), Styles.Text.PLAIN);
        w.text(row, YearColumns.UNIT, "€", Styles.Text.PLAIN);
        w.text(row, YearColumns.PROVENANCE, sheet, Styles.Text.PLAIN);
    }

    static void total(SheetWriter w, int row, YearColumns cols, BigDecimal expected, Styles.Role role) {
        w.formula(row, cols.total(), "SUM(" + SheetWriter.local(row, cols.column(cols.years().first())) + ":"
                + SheetWriter.local(row, cols.lastEffectColumn()) + ")", expected, role, Styles.Format.EURO);
    }
}
