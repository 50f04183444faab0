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

    /** The key of a cell: {@code Sheet!E12}, the sheet name unquoted. */
    public static String key(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString();
    }

    void put(String sheet, int row, int column, BigDecimal value) {
        if (values.put(key(sheet, row, column), value) != null) {
            throw new IllegalStateException("cell written twice: " + key(sheet, row, column));
        }
    }

    public Map<String, BigDecimal> values() {
        return Collections.unmodifiableMap(values);
    }
}
