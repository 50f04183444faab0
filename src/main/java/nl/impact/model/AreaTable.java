package nl.impact.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The scenario's areas: every row of its area table, the declared columns formulas can use, and
 * per kernaanpak where it runs. Domains whose financier is {@code municipalFinancier} land with each
 * area's own gemeente (see {@link #financier}).
 *
 * @param file the table's file; {@code sheet} is the sheet of an xlsx workbook, or null for CSV
 * @param path where the {@code areas} section stands in the scenario, for messages
 * @param rollouts per kernaanpak id; a kernaanpak not listed runs everywhere
 * @param marketShares the split of a financier over insurers by their shares per area, or null
 * @param overridden per area code and column name, the provenance of a cell the command line set
 *     ({@code --set areas.CODE.column=VALUE}); every other cell has the table's
 */
public record AreaTable(
        Path file,
        String sheet,
        String path,
        List<AreaColumn> columns,
        List<Area> areas,
        String municipalFinancier,
        Provenance provenance,
        Map<String, Rollout> rollouts,
        MarketShares marketShares,
        Map<String, Map<String, Provenance>> overridden) {

    /** A table without market shares. */
    public AreaTable(Path file, String sheet, String path, List<AreaColumn> columns, List<Area> areas,
            String municipalFinancier, Provenance provenance, Map<String, Rollout> rollouts) {
        this(file, sheet, path, columns, areas, municipalFinancier, provenance, rollouts, null);
    }

    /** A table of the file's own cells. */
    public AreaTable(Path file, String sheet, String path, List<AreaColumn> columns, List<Area> areas,
            String municipalFinancier, Provenance provenance, Map<String, Rollout> rollouts,
            MarketShares marketShares) {
        this(file, sheet, path, columns, areas, municipalFinancier, provenance, rollouts, marketShares, Map.of());
    }

    /** Where a cell's figure comes from: the table's provenance, or {@code override} for a cell set on the command line. */
    public Provenance provenance(Area area, AreaColumn column) {
        Provenance set = overridden.getOrDefault(area.code(), Map.of()).get(column.name());
        return set != null ? set : provenance;
    }

    public Rollout rollout(String kernaanpak) {
        return rollouts.getOrDefault(kernaanpak, Rollout.EVERYWHERE);
    }

    /** Who pays a domain in {@code area}: the area's own gemeente for a municipal financier. */
    public String financier(String financier, Area area) {
        return financier.equals(municipalFinancier) ? gemeenteFinancier(area.gemeente()) : financier;
    }

    /** The financier name of one gemeente: {@code gemeente Heerlen}. */
    public String gemeenteFinancier(String gemeente) {
        return municipalFinancier + " " + gemeente;
    }

    /**
     * The shared parameters with one more per column, so every kernaanpak's plan knows the columns'
     * names; their values come from each area when it is computed, never from this stand-in zero.
     */
    public Map<String, Parameter> withColumns(Map<String, Parameter> shared) {
        Map<String, Parameter> all = new java.util.LinkedHashMap<>(shared);
        for (AreaColumn column : columns) {
            all.put(column.name(), new Parameter(column.name(), Paths.child(Paths.child(path, "columns"), column.name()),
                    column.unit(), column.kind(), column.description(),
                    Band.of(YearValues.constant(java.math.BigDecimal.ZERO)), null, false, provenance));
        }
        return all;
    }

    /** The column's index, or -1. */
    public int column(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
