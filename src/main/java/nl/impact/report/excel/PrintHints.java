package nl.impact.report.excel;

/**
 * What a sheet's writer tells {@link PageLayout} about printing it, beyond what the cells show:
 * which columns and rows are the printed table (helper columns and rows that only serve formulas or
 * charts stand right of and below it, on screen but not on paper) and which column holds the
 * Toelichting, which is sized to fill the page and spans the rows of its figure.
 */
final class PrintHints {

    /** The last printed column, or -1 for the table's last column. */
    private int lastColumn = -1;
    /** The last printed row, or -1 for the last row of the table and its charts. */
    private int lastRow = -1;
    /** The Toelichting column, or -1 when the sheet has none. */
    private int noteColumn = -1;

    /** Columns right of {@code column} serve formulas or charts only: they are not printed. */
    PrintHints lastColumn(int column) {
        lastColumn = column;
        return this;
    }

    /** Rows below {@code row} serve formulas only: they are not printed. */
    PrintHints lastRow(int row) {
        lastRow = row;
        return this;
    }

    /** {@code column} holds the notes that explain each figure. */
    PrintHints noteColumn(int column) {
        noteColumn = column;
        return this;
    }

    int lastColumn() {
        return lastColumn;
    }

    int lastRow() {
        return lastRow;
    }

    int noteColumn() {
        return noteColumn;
    }
}
