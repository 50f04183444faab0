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
    /** The widest the Toelichting is made, in digit widths. */
    private int noteWidth = PageLayout.NOTE_MAX;
    /** Columns whose texts wrap beyond a width of their own, in digit widths, rather than {@link PageLayout#TEXT_CAP}. */
    private final java.util.Map<Integer, Integer> caps = new java.util.HashMap<>();

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

    /** As {@link #noteColumn(int)}, made at most {@code widest} digit widths wide rather than the usual. */
    PrintHints noteColumn(int column, int widest) {
        noteColumn = column;
        noteWidth = widest;
        return this;
    }

    /** Texts in {@code column} wrap when wider than {@code width} digit widths: a unit, for example. */
    PrintHints cap(int column, int width) {
        caps.put(column, width);
        return this;
    }

    /** The widest {@code column} is made for a text before it wraps. */
    int cap(int column) {
        return caps.getOrDefault(column, PageLayout.TEXT_CAP);
    }

    int noteWidth() {
        return noteWidth;
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
