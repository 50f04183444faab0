package nl.impact.report.excel;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Page and view settings every sheet shares. */
final class Sheets {

    private Sheets() {
    }

    /**
     * Freezes the rows up to and including {@code headerRow} and the first {@code columns} columns,
     * repeats the header rows on every printed page, and fits the width to one landscape A4 page.
     */
    static void finish(XSSFSheet sheet, int headerRow, int columns) {
        sheet.createFreezePane(columns, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        // 0: as many pages down as needed.
        print.setFitHeight((short) 0);
    }
}
