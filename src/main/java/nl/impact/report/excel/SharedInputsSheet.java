package nl.impact.report.excel;

import java.util.ArrayList;
import java.util.List;
import nl.impact.model.Parameter;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import org.apache.poi.ss.util.CellReference;

/**
 * {@code Algemene invoer}: the scenario's shared parameters, typed in once so that every
 * kernaanpak sheet refers to the same cell. Only written when the scenario has any. A shared
 * parameter given as a formula is computed on each kernaanpak sheet instead, because its names
 * may be the kernaanpak's own.
 */
final class SharedInputsSheet {

    static final String NAME = "Algemene invoer";

    private SharedInputsSheet() {
    }

    static boolean needed(Scenario scenario) {
        return scenario.parameters().values().stream().anyMatch(p -> !p.isFormula());
    }

    static void write(SheetWriter w, Scenario scenario, NameCells names, RangeNames ranges, SourceList sources) {
        YearRange years = scenario.years();
        YearColumns cols = new YearColumns(years);
        int row = 0;
        w.text(row++, 0, "Algemene invoer", w.styles().title());
        w.text(row++, 0, "Parameters die alle kernaanpakken delen. Invoer in blauw op geel.", Styles.Text.NOTE);
        row++;
        int header = row++;
        Headers.yearHeader(w, header, cols, "Naam", "Toelichting");
        Sheets.finish(w.sheet(), header, 2);
        for (Parameter p : scenario.parameters().values()) {
            if (p.isFormula()) {
                continue;
            }
            sources.add(new SourceList.Entry("(alle kernaanpakken)", p.name(), p.unit(), p.provenance(), p.path(),
                    w.name(), row));
            // A parameter equal in every variant takes one row, which every variant's name refers to.
            boolean same = true;
            for (int y = years.first(); y <= years.last(); y++) {
                java.math.BigDecimal expected = p.values().get(Variant.EXPECTED).at(y);
                same &= p.values().get(Variant.MIN).at(y).compareTo(expected) == 0
                        && p.values().get(Variant.MAX).at(y).compareTo(expected) == 0;
            }
            int first = row;
            for (Variant v : same ? List.of(Variant.EXPECTED) : List.of(Variant.values())) {
                w.text(row, YearColumns.NAME, p.name(), Styles.Text.PLAIN);
                w.text(row, YearColumns.VARIANT, Labels.variant(same ? null : v), Styles.Text.PLAIN);
                w.text(row, YearColumns.UNIT, p.unit(), Styles.Text.PLAIN);
                w.text(row, YearColumns.PROVENANCE, Labels.provenance(p.provenance().kind()),
                        p.provenance().isAssumed() ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN);
                if (row == first) {
                    w.text(row, cols.note(), p.provenance().text(), Styles.Text.PLAIN);
                }
                for (int y = years.first(); y <= years.last(); y++) {
                    java.math.BigDecimal value = p.values().get(v).at(y);
                    w.input(row, cols.column(y), value, Styles.Format.of(Styles.Format.of(p.kind()), value));
                }
                row++;
            }
            for (Variant v : Variant.values()) {
                int at = same ? first : first + v.ordinal();
                names.put(p.name(), w.name(), v, at);
                ranges.define("algemeen_" + p.name() + "_" + Labels.variant(v), SheetNames.quoted(w.name()) + "!"
                        + new CellReference(at, cols.column(years.first()), true, true).formatAsString() + ":"
                        + new CellReference(at, cols.lastPlanColumn(), true, true).formatAsString());
            }
        }
        List<Integer> widths = new ArrayList<>(List.of(44, 11, 22, 11));
        for (int y = years.first(); y <= years.effectsUntil(); y++) {
            widths.add(13);
        }
        widths.add(14);
        widths.add(60);
        w.widths(widths);
        w.print().noteColumn(cols.note());
    }
}
