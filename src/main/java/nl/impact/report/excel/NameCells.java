package nl.impact.report.excel;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.impact.model.Variant;
import org.apache.poi.ss.util.CellReference;

/**
 * Where each name of a kernaanpak lives in the workbook: a sheet and one row per variant, with a
 * column per year. Names are matched regardless of case, as the engine's formulas match them.
 */
final class NameCells {

    private record Location(String sheet, Map<Variant, Integer> rows) {
    }

    private final Map<String, Location> byName = new HashMap<>();
    private final YearColumns columns;
    /** The row of each sheet's year header, shared by copies: YEAR() refers to it. */
    private final Map<String, Integer> headerRows;

    NameCells(YearColumns columns) {
        this(columns, new HashMap<>());
    }

    private NameCells(YearColumns columns, Map<String, Integer> headerRows) {
        this.columns = columns;
        this.headerRows = headerRows;
    }

    NameCells copy() {
        NameCells copy = new NameCells(columns, headerRows);
        copy.byName.putAll(byName);
        return copy;
    }

    /** Where {@code sheet} has its year header (the years as text), for formulas that use the year. */
    void header(String sheet, int row) {
        headerRows.put(sheet, row);
    }

    void put(String name, String sheet, Variant variant, int row) {
        byName.computeIfAbsent(key(name), k -> new Location(sheet, new EnumMap<>(Variant.class))).rows().put(variant, row);
    }

    /** True when one row stands for every variant of {@code name}: its value is the same in each. */
    boolean isUniform(String name) {
        Location location = byName.get(key(name));
        return location != null && location.rows().size() == Variant.values().length
                && new java.util.HashSet<>(location.rows().values()).size() == 1;
    }

    /** True when {@code name} has its cells already. */
    boolean has(String name) {
        return byName.containsKey(key(name));
    }

    /** The references a formula on {@code sheet} sees when it computes {@code variant} in {@code year}. */
    ExcelFormula.References at(String sheet, Variant variant, int year) {
        return new ExcelFormula.References() {
            @Override
            public String cell(String name) {
                return prefix(name) + new CellReference(row(name), columns.column(year)).formatAsString();
            }

            @Override
            public String upToThisYear(String name) {
                int row = row(name);
                // The start column is absolute so that the range still starts in the first year when copied.
                return prefix(name) + new CellReference(row, columns.column(columns.years().first()), false, true)
                        .formatAsString() + ":" + new CellReference(row, columns.column(year)).formatAsString();
            }

            @Override
            public Optional<String> previousYear(String name) {
                if (year == columns.years().first()) {
                    return Optional.empty();
                }
                return Optional.of(prefix(name) + new CellReference(row(name), columns.column(year - 1)).formatAsString());
            }

            @Override
            public String year() {
                Integer header = headerRows.get(sheet);
                if (header == null) {
                    throw new IllegalStateException("no year header on " + sheet);
                }
                // The header holds the year as text; VALUE makes it the number the engine uses.
                return "VALUE(" + new CellReference(header, columns.column(year), true, false).formatAsString() + ")";
            }

            @Override
            public int firstYear() {
                return columns.years().first();
            }

            private int row(String name) {
                return location(name).rows().get(variant);
            }

            private String prefix(String name) {
                String other = location(name).sheet();
                return other.equals(sheet) ? "" : SheetNames.quoted(other) + "!";
            }
        };
    }

    private Location location(String name) {
        Location location = byName.get(key(name));
        if (location == null) {
            throw new IllegalStateException("no cell yet for '" + name + "'");
        }
        return location;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
