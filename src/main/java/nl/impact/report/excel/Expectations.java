package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/**
 * What the engine computed for each formula cell of a workbook, recorded while the cell is
 * written: a test recomputes the workbook (POI, LibreOffice) and compares every formula cell with
 * this value. The values come from the engine's results, never from the formulas themselves.
 */
public final class Expectations {

    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    /** The key of a cell: {@code Sheet!E12}, the sheet name unquoted. */
    public static String key(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString();
    }

    void put(String sheet, int row, int column, BigDecimal value) {
        String key = key(sheet, row, column);
        if (texts.containsKey(key) || values.put(key, value) != null) {
            throw new IllegalStateException("cell written twice: " + key);
        }
    }

    /** A formula that gives text (such as "geen" for a ratio without investments). */
    void putText(String sheet, int row, int column, String value) {
        String key = key(sheet, row, column);
        if (values.containsKey(key) || texts.put(key, value) != null) {
            throw new IllegalStateException("cell written twice: " + key);
        }
    }

    /** The numeric formula cells and their engine values. */
    public Map<String, BigDecimal> values() {
        return Collections.unmodifiableMap(values);
    }

    /** The formula cells that give text, and the text. */
    public Map<String, String> texts() {
        return Collections.unmodifiableMap(texts);
    }

    /** Every formula cell. */
    public java.util.Set<String> keys() {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(values.keySet());
        keys.addAll(texts.keySet());
        return keys;
    }
}
