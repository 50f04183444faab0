package nl.impact.report.excel;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/** Small formula texts the sheets share. */
final class Formulas {

    private Formulas() {
    }

    /**
     * The sum of separate cells as {@code A1+A5+A9}; {@code 0} for none. Chained additions, not
     * SUM(...), because SUM takes at most 255 arguments and a sum of explicit cells reads plainly.
     */
    static String plus(List<String> cells) {
        return cells.isEmpty() ? "0" : String.join("+", cells);
    }

    /**
     * The sum of a column's cells in rows {@code firstRow..lastRow} of this sheet whose label
     * columns hold the given texts, as {@code SUMIFS(E$5:E$304,$B$5:$B$304,"verwacht")}: one range
     * however many rows it covers, where a chain of additions would grow with every kernaanpak
     * (and pass Excel's 8,192 characters a formula). {@code 0} when the range is empty.
     *
     * @param criteria label column and the text its cell must hold (plain words: no wildcards, no quotes)
     */
    static String sumIfs(int column, int firstRow, int lastRow, Map<Integer, String> criteria) {
        if (lastRow < firstRow) {
            return "0";
        }
        StringBuilder out = new StringBuilder("SUMIFS(").append(range(column, firstRow, lastRow, false));
        criteria.forEach((labelColumn, text) -> out.append(',').append(range(labelColumn, firstRow, lastRow, true))
                .append(",\"").append(text).append('"'));
        return out.append(')').toString();
    }

    /** The sum of a column's cells in rows {@code firstRow..lastRow}; {@code 0} when there are none. */
    static String sum(int column, int firstRow, int lastRow) {
        return lastRow < firstRow ? "0" : "SUM(" + SheetWriter.local(firstRow, column) + ":"
                + SheetWriter.local(lastRow, column) + ")";
    }

    /** Rows absolute; the column too for a label column, so the formula reads the same in every year. */
    private static String range(int column, int firstRow, int lastRow, boolean absoluteColumn) {
        return new CellReference(firstRow, column, true, absoluteColumn).formatAsString() + ":"
                + new CellReference(lastRow, column, true, absoluteColumn).formatAsString();
    }
}
