package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.impact.engine.RunResult;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;

/**
 * The layout decisions of both workbooks of every shipped scenario, as a reader of the printed
 * bijlage meets them: every sheet on A4 at a legible scale (or split over pages that repeat the
 * name columns), the title row on every page, a header and footer with the plan, the bijlage, the
 * page number and the date, no number wider than its column, no text clipped by its neighbour or
 * taller than its row, whole euros on the summary sheets, and each chart's value axis in its unit.
 * Widths are judged with the estimate the workbook is laid out by ({@link TextWidth}); the render
 * script (scripts/render-workbooks.sh) shows the same in LibreOffice.
 */
class WorkbookLayoutTest {

    private static final Set<String> SUMMARY_SHEETS = Set.of("Samenvatting", "Business case", "Per financier",
            "Kengetallen");

    static Stream<Arguments> workbooks() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> list = Files.list(Path.of("scenarios"))) {
            for (Path file : list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                all.add(Arguments.of(file.getFileName().toString(), "Bijlage 1"));
                all.add(Arguments.of(file.getFileName().toString(), "Bijlage 2"));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("workbooks")
    void printsLegiblyOnA4WithoutClipping(String scenario, String bijlage) throws Exception {
        RunResult result = Workbooks.run(Path.of("scenarios", scenario));
        try (XSSFWorkbook workbook = (bijlage.equals("Bijlage 1")
                ? BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), DocumentDate.FIXED)
                : BegrotingWorkbook.build(result, DocumentDate.FIXED)).workbook()) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                String where = scenario + " " + bijlage + " " + sheet.getSheetName();
                page(workbook, sheet, where);
                heading(sheet, result.scenario().name(), bijlage, where);
                cells(sheet, where);
                if (SUMMARY_SHEETS.contains(sheet.getSheetName())) {
                    wholeEuros(sheet, where);
                }
                for (XSSFChart chart : sheet.createDrawingPatriarch().getCharts()) {
                    axes(chart, where);
                }
            }
        }
    }

    /**
     * A4 at a fixed scale at which the smallest text prints at 8 pt or more; the printed table's full
     * width on one page, or split over pages at the smallest scale with the name columns repeated;
     * the title row repeated.
     */
    private static void page(XSSFWorkbook workbook, XSSFSheet sheet, String where) {
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).as(where).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getFitToPage()).as(where + ": a fixed scale, never shrunk to fit").isFalse();
        assertThat((int) print.getScale()).as(where + ": scale").isBetween(PageLayout.MIN_SCALE, 100);
        CellRangeAddress area = printArea(workbook, sheet);
        assertThat(smallestFont(sheet, area) * print.getScale() / 100).as(where + ": smallest printed text, in points")
                .isGreaterThanOrEqualTo(PageLayout.SMALLEST_PRINTED);
        double width = 0;
        for (int c = 0; c <= area.getLastColumn(); c++) {
            width += PageLayout.points(PageLayout.width(sheet, c));
        }
        double page = PageLayout.printable(print.getLandscape()) * 100 / print.getScale();
        String titles = printTitles(workbook, sheet);
        int header = PageLayout.headerRow(sheet) + 1;
        if (header > 1) {
            assertThat(titles).as(where + ": title row on every page").contains("$" + header + ":$" + header);
        }
        if (width > page) {
            assertThat(print.getScale()).as(where + ": split only at the smallest legible scale")
                    .isEqualTo((short) PageLayout.MIN_SCALE);
            assertThat(print.getLandscape()).as(where + ": split, so landscape").isTrue();
            assertThat(titles).as(where + ": a split sheet repeats its name columns").contains("$A:$");
        }
    }

    /** The sheet's print area. */
    static CellRangeAddress printArea(XSSFWorkbook workbook, XSSFSheet sheet) {
        String area = workbook.getPrintArea(workbook.getSheetIndex(sheet));
        assertThat(area).as(sheet.getSheetName() + ": print area").isNotNull();
        return CellRangeAddress.valueOf(area.substring(area.lastIndexOf('!') + 1).replace("$", ""));
    }

    /** The smallest font of a text or number printed in {@code area}, in points. */
    private static double smallestFont(XSSFSheet sheet, CellRangeAddress area) {
        double smallest = Double.MAX_VALUE;
        for (int r = area.getFirstRow(); r <= area.getLastRow(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = area.getFirstColumn(); c <= Math.min(area.getLastColumn(), row.getLastCellNum() - 1); c++) {
                XSSFCell cell = row.getCell(c);
                if (cell != null && cell.getCellType() != CellType.BLANK && !PageLayout.shown(cell).isEmpty()) {
                    smallest = Math.min(smallest, cell.getCellStyle().getFont().getFontHeightInPoints());
                }
            }
        }
        return smallest;
    }

    private static String printTitles(XSSFWorkbook workbook, XSSFSheet sheet) {
        int index = workbook.getSheetIndex(sheet);
        for (XSSFName name : workbook.getNames(XSSFName.BUILTIN_PRINT_TITLE)) {
            if (name.getSheetIndex() == index) {
                return name.getRefersToFormula();
            }
        }
        return "";
    }

    private static void heading(XSSFSheet sheet, String plan, String bijlage, String where) {
        assertThat(sheet.getHeader().getLeft()).as(where).isEqualTo(PageLayout.escape(plan));
        assertThat(sheet.getHeader().getRight()).as(where).startsWith(bijlage + ": ");
        assertThat(sheet.getFooter().getLeft()).as(where).isEqualTo(sheet.getSheetName());
        assertThat(sheet.getFooter().getCenter()).as(where).isEqualTo("pagina &P van &N");
        assertThat(sheet.getFooter().getRight()).as(where).isEqualTo("1 januari 2026");
    }

    /**
     * Numbers fit their column; a text on one line fits its column and the empty ones beside it;
     * a wrapped text's longest word fits its line and its lines fit the row; a note above the
     * table fits the page or is merged over it and wrapped. A text right of the print area (a
     * kernaanpak's whole Toelichting) is on screen only, where it runs on over the empty cells beside it.
     */
    private static void cells(XSSFSheet sheet, String where) {
        int header = PageLayout.headerRow(sheet);
        int last = PageLayout.lastColumn(sheet);
        int printed = printArea(sheet.getWorkbook(), sheet).getLastColumn();
        Map<Integer, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merged.put(region.getFirstRow() * 16384 + region.getFirstColumn(), region);
        }
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c <= Math.min(last, row.getLastCellNum() - 1); c++) {
                XSSFCell cell = row.getCell(c);
                if (cell == null || cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                String text = PageLayout.shown(cell);
                boolean bold = cell.getCellStyle().getFont().getBold();
                double points = cell.getCellStyle().getFont().getFontHeightInPoints();
                double need = TextWidth.of(text, bold, points) + TextWidth.PADDING;
                String at = where + "!" + cell.getReference() + " '" + text + "'";
                double width = PageLayout.width(sheet, c);
                double height = row.getHeightInPoints();
                CellRangeAddress region = merged.get(r * 16384 + c);
                if (region != null) {
                    // A text merged over columns (a long line) or rows (a note beside a figure's rows).
                    width = 0;
                    for (int m = region.getFirstColumn(); m <= region.getLastColumn(); m++) {
                        width += PageLayout.width(sheet, m);
                    }
                    height = 0;
                    for (int m = region.getFirstRow(); m <= region.getLastRow(); m++) {
                        height += sheet.getRow(m) == null ? sheet.getDefaultRowHeightInPoints()
                                : sheet.getRow(m).getHeightInPoints();
                    }
                }
                if (cell.getCellStyle().getWrapText() && PageLayout.isText(cell)) {
                    int lines = TextWidth.lines(text, bold, points, width - TextWidth.PADDING);
                    assertThat(height).as(at + ": " + lines + " lines")
                            .isGreaterThanOrEqualTo(lines * TextWidth.lineHeight(points));
                } else if (!PageLayout.isText(cell)) {
                    assertThat(width).as(at + ": number wider than its column").isGreaterThanOrEqualTo(need);
                } else if (r >= header && (c <= printed || c < last)) {
                    assertThat(region != null ? width : PageLayout.room(sheet, row, c, last)).as(at + ": text clipped")
                            .isGreaterThanOrEqualTo(need);
                }
            }
        }
    }

    /** Every euro amount on a summary sheet in whole euros. */
    private static void wholeEuros(XSSFSheet sheet, String where) {
        int euros = 0;
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                String format = cell.getCellStyle().getDataFormatString();
                if (format != null && format.contains("€")) {
                    assertThat(format).as(where + "!" + cell.getAddress()).isEqualTo(Styles.Format.EURO.code);
                    euros++;
                }
            }
        }
        assertThat(euros).as(where + ": euro amounts").isPositive();
    }

    /** A value axis names its unit; euros and only euros carry the euro sign. */
    private static void axes(XSSFChart chart, String where) {
        for (CTValAx axis : chart.getCTChart().getPlotArea().getValAxArray()) {
            String unit = axis.getTitle().getTx().getRich().getPArray(0).getRArray(0).getT();
            String format = axis.getNumFmt().getFormatCode();
            assertThat(unit).as(where + " chart " + chart.getTitleText()).isNotBlank();
            assertThat(format.contains("€")).as(where + " chart " + chart.getTitleText() + ": axis in " + unit + ", "
                    + format).isEqualTo(unit.equals("euro"));
        }
    }
}
