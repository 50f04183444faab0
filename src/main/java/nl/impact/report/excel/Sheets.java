package nl.impact.report.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;

/** Page and view settings every sheet shares. */
final class Sheets {

    private Sheets() {
    }

    /**
     * Freezes the rows up to and including {@code headerRow} and the first {@code columns} columns
     * and repeats the header rows on every printed page; {@link PageLayout} sets up the pages once
     * the sheet is complete.
     */
    static void finish(Sheet sheet, int headerRow, int columns) {
        sheet.createFreezePane(columns, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
}
