package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import nl.impact.engine.CapacityTotals;
import nl.impact.engine.RunResult;
import nl.impact.model.CapacityResult;
import nl.impact.model.EffectUnit;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;

/**
 * {@code Capaciteit}: the effects in hours, FTE or persons, each row referring to its row on the
 * kernaanpak's sheet, then per unit the totals per financier and over all financiers as sums of
 * those rows: the same figures as capacity.csv, live over the plan. Never part of the euros.
 */
final class CapacitySheet {

    static final String NAME = "Capaciteit";

    /** A row of this sheet referring to a kernaanpak sheet: whose it is and in which variant. */
    private record Detail(String financier, Variant variant, int row) {
    }

    private CapacitySheet() {
    }

    static void write(SheetWriter w, RunResult result, List<KernaanpakSheet.Rows> sheets) {
        YearRange years = result.scenario().years();
        YearColumns cols = new YearColumns(years);
        int row = 0;
        w.text(row++, 0, "Capaciteit: uren, fte en personen", w.styles().title());
        w.text(row++, 0, "Effecten die het plan in uren, fte of personen geeft: vrijgekomen (positief) of extra nodig"
                + " (negatief) arbeidscapaciteit per jaar. Ze tellen niet mee in de euro's van de business case. Elke rij"
                + " verwijst naar het blad van de kernaanpak; fte en personen per jaar tellen niet op over de jaren.",
                Styles.Text.NOTE);
        row++;
        int header = row++;
        Headers.yearHeader(w, header, cols, "Effect", "Toelichting");
        w.text(header, cols.total(), "", w.styles().header());
        Sheets.finish(w.sheet(), header, 2);
        List<CapacityTotals.Total> totals = CapacityTotals.of(result);
        for (EffectUnit unit : EffectUnit.values()) {
            List<KernaanpakSheet.CapacityRows> inUnit = new ArrayList<>();
            List<String> sheetOf = new ArrayList<>();
            for (KernaanpakSheet.Rows s : sheets) {
                for (KernaanpakSheet.CapacityRows c : s.capacity()) {
                    if (c.result().unit() == unit) {
                        inUnit.add(c);
                        sheetOf.add(s.sheet());
                    }
                }
            }
            if (inUnit.isEmpty()) {
                continue;
            }
            row++;
            for (int c = 0; c <= cols.note(); c++) {
                w.text(row, c, c == 0 ? "In " + unit.label() : "", w.styles().section());
            }
            row++;
            List<Detail> detail = new ArrayList<>();
            for (int i = 0; i < inUnit.size(); i++) {
                CapacityResult c = inUnit.get(i).result();
                for (Variant v : Variant.values()) {
                    labels(w, row, c.kernaanpak() + " – " + c.effect() + " – " + c.domain() + " (" + c.financier() + ")",
                            v, unit);
                    w.text(row, YearColumns.PROVENANCE, sheetOf.get(i), Styles.Text.PLAIN);
                    int source = inUnit.get(i).rows().get(v);
                    for (int y = years.first(); y <= years.effectsUntil(); y++) {
                        w.formula(row, cols.column(y), SheetNames.quoted(sheetOf.get(i)) + "!"
                                + SheetWriter.local(source, cols.column(y)), c.values().get(v).at(y),
                                Styles.Role.FORMULA, Styles.Format.NUMBER);
                    }
                    detail.add(new Detail(c.financier(), v, row));
                    row++;
                }
            }
            for (CapacityTotals.Total total : totals) {
                if (total.unit() != unit) {
                    continue;
                }
                boolean all = total.financier().equals(CapacityTotals.ALL);
                for (Variant v : Variant.values()) {
                    List<Integer> rows = detail.stream()
                            .filter(d -> d.variant() == v && (all || d.financier().equals(total.financier())))
                            .map(Detail::row).toList();
                    labels(w, row, all ? "Totaal in " + unit.label() : "Totaal " + total.financier(), v, unit);
                    sumRow(w, cols, row, rows, y -> total.values().get(v).at(y), all);
                    row++;
                }
            }
        }
        List<Integer> widths = new ArrayList<>(List.of(50, 10, 10, 24));
        for (int y = years.first(); y <= years.effectsUntil(); y++) {
            widths.add(13);
        }
        widths.add(4);
        widths.add(40);
        w.widths(widths);
        w.print().noteColumn(cols.note());
    }

    private static void labels(SheetWriter w, int row, String label, Variant v, EffectUnit unit) {
        w.text(row, YearColumns.NAME, label, Styles.Text.PLAIN);
        w.text(row, YearColumns.VARIANT, Labels.variant(v), Styles.Text.PLAIN);
        w.text(row, YearColumns.UNIT, unit.label(), Styles.Text.PLAIN);
    }

    private static void sumRow(SheetWriter w, YearColumns cols, int row, List<Integer> rows,
            IntFunction<BigDecimal> expected, boolean grandTotal) {
        YearRange years = cols.years();
        for (int y = years.first(); y <= years.effectsUntil(); y++) {
            int column = cols.column(y);
            w.formula(row, column, Formulas.plus(rows.stream().map(r -> SheetWriter.local(r, column)).toList()),
                    expected.apply(y), grandTotal ? Styles.Role.TOTAL : Styles.Role.FORMULA, Styles.Format.NUMBER);
        }
    }
}
