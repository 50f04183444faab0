package nl.impact.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.impact.engine.AreaFlow;
import nl.impact.engine.AreaResults;
import nl.impact.model.Variant;

/**
 * For a scenario with an area table, as bijlage 1's sheets Per gemeente and Per gebied show it: per
 * gemeente and per area over all financiers and effect years, benefits, investments and net. A
 * cell's key names the CSV ({@code gemeenten} or {@code areas}), the row and the column summed over
 * the years of its rows of financier {@code total}.
 */
final class AreaSections {

    /** Beyond this many areas the report shows only the gemeenten: areas.csv and bijlage 1 have them all. */
    static final int MAX_AREA_ROWS = 200;

    private static final List<String> FIGURE_COLUMNS = List.of("Baten (verwacht)", "Investeringen (verwacht)",
            "Netto (verwacht)", "Netto bij minimaal effect", "Netto bij maximaal effect");

    private AreaSections() {
    }

    static List<Section> of(AreaResults areas) {
        return List.of(perGemeente(areas), perArea(areas));
    }

    /**
     * Per gemeente; the areas are counted in the area table, as a recomputed run keeps the business
     * case of the gemeenten only.
     */
    static Section perGemeente(AreaResults areas) {
        String period = areas.years().first() + "-" + areas.years().effectsUntil();
        Map<String, Long> counts = new HashMap<>();
        areas.table().areas().forEach(a -> counts.merge(a.gemeente(), 1L, Long::sum));
        List<Table.Row> gemeenten = new ArrayList<>();
        for (AreaFlow flow : areas.gemeenten()) {
            List<Table.Cell> cells = new ArrayList<>(List.of(Table.Cell.plain(Long.toString(counts.getOrDefault(
                    flow.gemeente(), 0L)))));
            cells.addAll(figures(areas, flow, "gemeenten|" + flow.gemeente() + "|total|"));
            gemeenten.add(new Table.Row(flow.gemeente(), cells));
        }
        List<String> gemeenteColumns = new ArrayList<>(List.of("Gemeente", "Gebieden"));
        gemeenteColumns.addAll(FIGURE_COLUMNS);
        return new Section("per-gemeente", "Per gemeente", List.of(note(areas) + " Dezelfde cijfers per jaar en "
                + "financier staan in gemeenten.csv."), List.of(), List.of(new Table("Business case per gemeente, "
                + period + ", in euro's", gemeenteColumns, gemeenten)));
    }

    private static String note(AreaResults areas) {
        String period = areas.years().first() + "-" + areas.years().effectsUntil();
        return "Over alle financiers, " + period + ", in euro's, niet verdisconteerd, uit de berekening per gebied ("
                + areas.table().areas().size() + " gebieden). De gemeentelijke domeinen vallen bij de eigen gemeente van het "
                + "gebied. Investeringen zijn de begrotingsposten per eenheid van een kernaanpak; programmabrede posten "
                + "horen bij geen gebied.";
    }

    /** Per area, in the order of the area table; without the table beyond {@link #MAX_AREA_ROWS} areas. */
    static Section perArea(AreaResults areas) {
        String period = areas.years().first() + "-" + areas.years().effectsUntil();
        List<Table.Row> rows = new ArrayList<>();
        if (areas.areas().size() <= MAX_AREA_ROWS) {
            for (AreaFlow flow : areas.areas()) {
                List<Table.Cell> cells = new ArrayList<>(List.of(Table.Cell.plain(flow.name()),
                        Table.Cell.plain(flow.gemeente())));
                cells.addAll(figures(areas, flow, "areas|" + flow.code() + "|total|"));
                rows.add(new Table.Row(flow.code(), cells));
            }
        }
        List<String> areaColumns = new ArrayList<>(List.of("Code", "Naam", "Gemeente"));
        areaColumns.addAll(FIGURE_COLUMNS);
        List<String> areaText = new ArrayList<>(List.of(note(areas) + " Dezelfde cijfers per jaar en financier staan in "
                + "areas.csv."));
        if (rows.isEmpty()) {
            areaText.add("Met " + areas.areas().size() + " gebieden is de tabel te lang voor dit rapport (meer dan "
                    + MAX_AREA_ROWS + "): zie areas.csv en het blad Per gebied van bijlage 1.");
        }
        return new Section("per-gebied", "Per gebied", areaText, List.of(), rows.isEmpty() ? List.of()
                : List.of(new Table("Business case per gebied, " + period + ", in euro's", areaColumns, rows)));
    }

    /** Benefits, investments and net (expected), net at minimal and maximal effect, over all years. */
    private static List<Table.Cell> figures(AreaResults areas, AreaFlow flow, String prefix) {
        return List.of(
                euros(areas.total(flow, AreaResults.Measure.BENEFITS, Variant.EXPECTED), prefix + "benefits_expected"),
                euros(areas.total(flow, AreaResults.Measure.INVESTMENTS, Variant.EXPECTED), prefix + "investments_expected"),
                euros(areas.total(flow, null, Variant.EXPECTED), prefix + "net_expected"),
                euros(areas.total(flow, null, Variant.MIN), prefix + "net_min"),
                euros(areas.total(flow, null, Variant.MAX), prefix + "net_max"));
    }

    private static Table.Cell euros(BigDecimal value, String key) {
        return FlowSections.euros(value, key);
    }
}
