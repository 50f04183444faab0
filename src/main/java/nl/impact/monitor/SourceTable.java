package nl.impact.monitor;

import java.util.List;

/**
 * A table of text cells as read from a CSV file or a spreadsheet, with where each cell stands, so
 * that a problem in it can be reported at its line (row) and column.
 *
 * @param sheet the sheet of a workbook with a sheet per kind of realisation, named in messages; null otherwise
 */
record SourceTable(Row header, List<Row> rows, String sheet) {

    SourceTable(Row header, List<Row> rows) {
        this(header, rows, null);
    }

    /**
     * One row: its 1-based line (or sheet row), its cells, the 1-based column each cell starts at, and
     * which cells (0-based) a workbook holds as numbers rather than texts (none in a CSV file).
     */
    record Row(int line, List<String> cells, List<Integer> columns, java.util.BitSet numbers) {

        Row(int line, List<String> cells, List<Integer> columns) {
            this(line, cells, columns, new java.util.BitSet());
        }

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        int column(int index) {
            return index >= 0 && index < columns.size() ? columns.get(index) : 1;
        }
    }
}
