package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.impact.engine.EffectResult;
import nl.impact.engine.RunResult;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;

/**
 * {@code Per financier}: who benefits, per year and variant: the sum of each kernaanpak sheet's
 * subtotal for the financier. Chart: the expected benefits per financier per year, stacked.
 */
final class FinancierSheet {

    static final String NAME = "Per financier";

    record Rows(int header, Map<String, Integer> expected, int end) {
    }

    private FinancierSheet() {
    }

    static Rows write(SheetWriter w, RunResult result, List<KernaanpakSheet.Rows> sheets) {
        YearRange years = result.scenario().years();
        YearColumns cols = new YearColumns(years);
        int row = 0;
        w.text(row++, 0, "Opbrengsten per financier", w.styles().title());
        w.text(row++, 0, "Wie profiteert, per jaar en variant: de som van de subtotalen per financier op de bladen"
                + " van de kernaanpakken. Bedragen in euro's, onverdisconteerd.", Styles.Text.NOTE);
        row++;
        int header = row++;
        SummarySheet.headers(w, header, cols);
        w.text(header, YearColumns.NAME, "Financier", w.styles().header());
        w.text(header, YearColumns.PROVENANCE, "", w.styles().header());
        Sheets.finish(w.sheet(), header, 2);

        Map<String, Integer> expectedRows = new java.util.LinkedHashMap<>();
        Map<Variant, List<Integer>> perVariant = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            perVariant.put(v, new ArrayList<>());
        }
        for (String financier : result.scenario().financiers()) {
            List<EffectResult> paid = result.effects().filter(e -> e.financier().equals(financier)).toList();
            for (Variant v : Variant.values()) {
                labels(w, row, financier, v);
                BigDecimal total = BigDecimal.ZERO;
                for (int y = years.first(); y <= years.effectsUntil(); y++) {
                    int c = cols.column(y);
                    int year = y;
                    BigDecimal expected = paid.stream().map(e -> e.values().get(v).at(year))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    total = total.add(expected);
                    w.formula(row, c, Formulas.plus(sheets.stream().map(s -> SheetNames.quoted(s.sheet()) + "!"
                            + SheetWriter.local(s.financiers().get(financier).get(v), c)).toList()), expected,
                            Styles.Role.FORMULA, Styles.Format.EURO);
                }
                SummarySheet.total(w, row, cols, total, Styles.Role.FORMULA);
                if (v == Variant.EXPECTED) {
                    expectedRows.put(financier, row);
                }
                perVariant.get(v).add(row++);
            }
        }
        row++;
        for (Variant v : Variant.values()) {
            labels(w, row, "Totaal", v);
            BigDecimal total = BigDecimal.ZERO;
            for (int y = years.first(); y <= years.effectsUntil(); y++) {
                int c = cols.column(y);
                int year = y;
                BigDecimal expected = result.effects().map(e -> e.values().get(v).at(year))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                total = total.add(expected);
                w.formula(row, c, Formulas.plus(perVariant.get(v).stream().map(r -> SheetWriter.local(r, c)).toList()),
                        expected, Styles.Role.TOTAL, Styles.Format.EURO);
            }
            SummarySheet.total(w, row, cols, total, Styles.Role.TOTAL);
            row++;
        }
        List<Integer> widths = new ArrayList<>(List.of(30, 11, 8, 4));
        for (int y = years.first(); y <= years.effectsUntil(); y++) {
            widths.add(16);
        }
        widths.add(17);
        w.widths(widths);
        return new Rows(header, expectedRows, row);
    }

    static void charts(SheetWriter w, Rows rows, YearRange years) {
        YearColumns cols = new YearColumns(years);
        List<Charts.Series> series = rows.expected().values().stream()
                .map(r -> new Charts.Series(r, YearColumns.NAME, r)).toList();
        int top = rows.end() + 2;
        Charts.stackedBars(w.sheet(), new Charts.Place(0, top, cols.total() + 1, top + 22),
                "Opbrengsten per financier per jaar (verwacht)", rows.header(), cols.column(years.first()),
                cols.lastEffectColumn(), series);
    }

    private static void labels(SheetWriter w, int row, String financier, Variant v) {
        w.text(row, YearColumns.NAME, financier, Styles.Text.PLAIN);
        w.text(row, YearColumns.VARIANT, Labels.variant(v), Styles.Text.PLAIN);
        w.text(row, YearColumns.UNIT, "€", Styles.Text.PLAIN);
    }
}
