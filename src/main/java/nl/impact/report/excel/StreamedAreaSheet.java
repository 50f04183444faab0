package nl.impact.report.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.impact.engine.AreaFlow;
import nl.impact.engine.AreaResults;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The {@code Per gebied} sheet of a national area table, added last to the streaming workbook
 * (POI's SXSSF): a row per area becomes XML as it is written, every {@link #WINDOW} rows, with no
 * cell objects kept and no layout pass over 14,000 rows. It has the columns, figures and
 * total row of {@link AreaSheets}; its styles and page set-up are those of the {@code Per gemeente}
 * sheet beside it, which has the same layout. See docs/areas.md.
 */
final class StreamedAreaSheet {

    /** From this many areas on, Per gebied is streamed (below, it is an ordinary sheet). */
    static final int FROM = 1000;
    /** Rows kept in memory while streaming. */
    private static final int WINDOW = 200;

    private StreamedAreaSheet() {
    }

    static boolean applies(AreaResults areas) {
        return areas != null && areas.areas().size() >= FROM;
    }

    /**
     * Adds Per gebied to {@code workbook} before Per gemeente, once the other sheets are laid out:
     * its rows become XML as they are written, {@link #WINDOW} at a time.
     */
    static void add(SXSSFWorkbook workbook, AreaResults areas) {
        // Both names are claimed before any kernaanpak's, so they are never renamed.
        SXSSFSheet model = workbook.getSheet(AreaSheets.GEMEENTEN);
        int position = workbook.getSheetIndex(model);
        SXSSFSheet sheet = workbook.createSheet(AreaSheets.AREAS);
        int last = rows(sheet, model, areas);
        layout(sheet, model, AreaSheets.headers(areas, true).size() - 1);
        workbook.setSheetOrder(AreaSheets.AREAS, position);
        workbook.setPrintArea(position, 0, AreaSheets.headers(areas, true).size() - 1, 0, last);
        workbook.setActiveSheet(0);
        workbook.getXSSFWorkbook().setSelectedTab(0);
    }

    /** The rows; returns the last row's index. */
    private static int rows(SXSSFSheet sheet, SXSSFSheet model, AreaResults areas) {
        List<String> headers = AreaSheets.headers(areas, true);
        int firstNumber = 3;
        int row = 0;
        text(sheet.createRow(row++), 0, AreaSheets.title(true), style(model, 0, 0));
        text(sheet.createRow(row++), 0, AreaSheets.note(areas), style(model, 1, 0));
        SXSSFRow header = sheet.createRow(row++);
        for (int c = 0; c < headers.size(); c++) {
            text(header, c, headers.get(c), style(model, 2, c < firstNumber ? 0 : 2));
        }
        // The title, note and header rows as high as the model's, set before they are flushed.
        for (int r = 0; r < row; r++) {
            if (model.getRow(r) != null) {
                sheet.getRow(r).setHeight(model.getRow(r).getHeight());
            }
        }
        CellStyle plain = style(model, 3, 0);
        CellStyle euro = style(model, 3, 2);
        int firstRow = row;
        double[] totals = new double[headers.size() - firstNumber];
        for (AreaFlow flow : areas.areas()) {
            if ((row - firstRow) % WINDOW == WINDOW - 1) {
                flush(sheet);
            }
            SXSSFRow r = sheet.createRow(row++);
            text(r, 0, flow.code(), plain);
            text(r, 1, flow.name(), plain);
            text(r, 2, flow.gemeente(), plain);
            double[] values = numbers(areas, flow);
            for (int i = 0; i < values.length; i++) {
                SXSSFCell cell = r.createCell(firstNumber + i);
                cell.setCellStyle(euro);
                cell.setCellValue(values[i]);
                totals[i] += values[i];
            }
        }
        int lastModelRow = model.getLastRowNum();
        SXSSFRow total = sheet.createRow(row);
        text(total, 0, "Totaal", style(model, lastModelRow, 0));
        CellStyle totalEuro = style(model, lastModelRow, 2);
        for (int i = 0; i < totals.length; i++) {
            int c = firstNumber + i;
            SXSSFCell cell = total.createCell(c);
            cell.setCellStyle(totalEuro);
            cell.setCellFormula("SUM(" + SheetWriter.local(firstRow, c) + ":" + SheetWriter.local(row - 1, c) + ")");
            cell.setCellValue(totals[i]);
        }
        return row;
    }

    /** As {@code AreaSheets.numbers}, in double precision: the figures of a computed flow. */
    private static double[] numbers(AreaResults areas, AreaFlow flow) {
        YearRange years = areas.years();
        int financiers = areas.financiers().size();
        double[] values = new double[5 + financiers];
        for (int y = years.first(); y <= years.effectsUntil(); y++) {
            values[0] += areas.approximateAll(flow, AreaResults.Measure.BENEFITS, Variant.EXPECTED, y);
            values[1] += areas.approximateAll(flow, AreaResults.Measure.INVESTMENTS, Variant.EXPECTED, y);
            values[2] += areas.approximateAll(flow, null, Variant.EXPECTED, y);
            values[3] += areas.approximateAll(flow, null, Variant.MIN, y);
            values[4] += areas.approximateAll(flow, null, Variant.MAX, y);
            for (int f = 0; f < financiers; f++) {
                values[5 + f] += areas.approximate(flow, AreaResults.Measure.BENEFITS, f, Variant.EXPECTED, y)
                        - areas.approximate(flow, AreaResults.Measure.INVESTMENTS, f, Variant.EXPECTED, y);
            }
        }
        return values;
    }

    /** Widths, frozen panes, repeated header row, and the page set-up of the model sheet. */
    private static void flush(SXSSFSheet sheet) {
        try {
            sheet.flushRows(WINDOW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void layout(SXSSFSheet sheet, SXSSFSheet model, int lastColumn) {
        List<Integer> widths = AreaSheets.widths(lastColumn + 1, 3, true);
        for (int c = 0; c < widths.size(); c++) {
            sheet.setColumnWidth(c, widths.get(c) * 256);
        }
        int header = 2;
        sheet.createFreezePane(3, header + 1);
        sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
        if (model.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == 1 && m.getLastRow() == 1)) {
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastColumn));
        }
        sheet.getPrintSetup().setLandscape(model.getPrintSetup().getLandscape());
        sheet.getPrintSetup().setPaperSize(model.getPrintSetup().getPaperSize());
        sheet.getPrintSetup().setScale(model.getPrintSetup().getScale());
        sheet.getPrintSetup().setFitWidth(model.getPrintSetup().getFitWidth());
        sheet.getPrintSetup().setFitHeight(model.getPrintSetup().getFitHeight());
        sheet.setFitToPage(model.getFitToPage());
        for (PageMargin margin : PageMargin.values()) {
            sheet.setMargin(margin, model.getMargin(margin));
        }
        sheet.getHeader().setLeft(model.getHeader().getLeft());
        sheet.getHeader().setCenter(model.getHeader().getCenter());
        sheet.getHeader().setRight(model.getHeader().getRight());
        // The footer names the sheet.
        sheet.getFooter().setLeft(model.getFooter().getLeft().replace(PageLayout.escape(model.getSheetName()),
                PageLayout.escape(AreaSheets.AREAS)));
        sheet.getFooter().setCenter(model.getFooter().getCenter());
        sheet.getFooter().setRight(model.getFooter().getRight());
    }

    private static CellStyle style(SXSSFSheet model, int row, int column) {
        return model.getRow(row).getCell(column).getCellStyle();
    }

    /** Text as text: a scenario's text never becomes a formula (SXSSF writes it as an inline string). */
    private static void text(SXSSFRow row, int column, String text, CellStyle style) {
        SXSSFCell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(text == null ? "" : text);
    }
}
