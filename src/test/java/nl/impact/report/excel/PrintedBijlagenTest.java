package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.impact.report.RunOutputs;
import nl.impact.testing.Cli;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bijlagen as a region submits them: printed by LibreOffice to PDF (every sheet, as its page
 * setup and page breaks say), PlusWIJken's bijlage 1 and 2 within their page counts, with and
 * without a simulation; no euro amount printed with zero cents (a tariff with real cents may keep
 * them); no NCW row where it equals the netto; the Begroting's helper column outside the print area; and in every shipped
 * scenario's workbooks each chart inside its sheet's print area and on one page.
 */
class PrintedBijlagenTest {

    private static final Path PLUSWIJKEN = Path.of("scenarios", "pluswijken.yaml");

    /** Issue 21 asks for at most 25 pages, 30 with --draws, and 6 for bijlage 2; see docs/workbooks.md. */
    static final int BIJLAGE_1_PAGES = 25;
    static final int BIJLAGE_1_WITH_DRAWS_PAGES = 30;
    static final int BIJLAGE_2_PAGES = 6;

    /** A euro amount printed with zero cents, in either locale's separators: "€ 60.000,00", "€ 60,000.00". */
    private static final Pattern ZERO_CENTS = Pattern.compile("€\\s?-?\\d{1,3}(?:[.,]\\d{3})*[.,]00(?!\\d)");

    /** A printed row whose measure is the NCW: "NCW" followed by its figures. */
    private static final Pattern NCW_ROW = Pattern.compile("(?:^|\\s)NCW\\s+(?:€|-?\\d)");

    @TempDir
    Path work;

    @Test
    void pluswijkenPrintsWithinItsPageCountsInWholeEuros() throws Exception {
        Path soffice = LibreOffice.require();
        Path poppler = LibreOffice.requirePoppler();
        Path base = Cli.runInto(PLUSWIJKEN, work.resolve("base"));
        Path drawn = work.resolve("draws");
        Cli.Result run = Cli.run("run", PLUSWIJKEN.toString(), "--draws", "2000", "--seed", "1", "--out", drawn.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // One LibreOffice process prints all three; their names must differ.
        Path print = Files.createDirectories(work.resolve("print"));
        List<Path> workbooks = List.of(
                Files.copy(base.resolve(BusinessCaseWorkbook.FILE), print.resolve("bijlage-1.xlsx")),
                Files.copy(drawn.resolve(BusinessCaseWorkbook.FILE), print.resolve("bijlage-1-draws.xlsx")),
                Files.copy(base.resolve(BegrotingWorkbook.FILE), print.resolve("bijlage-2.xlsx")));
        for (Path workbook : workbooks) {
            chartsInsidePrintAreas(workbook);
            helperColumnsNotPrinted(workbook);
        }
        List<Path> pdfs = LibreOffice.printToPdf(soffice, workbooks, work);
        int[] most = {BIJLAGE_1_PAGES, BIJLAGE_1_WITH_DRAWS_PAGES, BIJLAGE_2_PAGES};
        for (int i = 0; i < pdfs.size(); i++) {
            Path pdf = pdfs.get(i);
            int pages = LibreOffice.pages(poppler, pdf);
            assertThat(pages).as(pdf.getFileName() + ": printed pages").isBetween(1, most[i]);
            for (int page = 1; page <= pages; page++) {
                String text = LibreOffice.text(poppler, pdf, page);
                String where = pdf.getFileName() + " page " + page;
                Matcher cents = ZERO_CENTS.matcher(text);
                assertThat(cents.find() ? cents.group() : "").as(where + ": a euro amount with zero cents").isEmpty();
                // PlusWIJken is undiscounted: its NCW equals its netto, so it is never printed as a row.
                Matcher ncw = NCW_ROW.matcher(text);
                assertThat(ncw.find() ? ncw.group() : "").as(where + ": an NCW row at a discount rate of 0").isEmpty();
            }
        }
    }

    static Stream<Arguments> shippedScenarios() throws IOException {
        try (Stream<Path> list = Files.list(Path.of("scenarios"))) {
            return list.filter(f -> f.toString().endsWith(".yaml")).sorted().map(Arguments::of).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void everyChartPrintsWholeInsideItsPrintArea(Path scenario) throws Exception {
        var result = Workbooks.run(scenario);
        Path dir = Files.createDirectories(work.resolve("charts"));
        BusinessCaseWorkbook.build(RunOutputs.of(result), DocumentDate.FIXED).write(dir.resolve("bijlage-1.xlsx"));
        BegrotingWorkbook.build(result, DocumentDate.FIXED).write(dir.resolve("bijlage-2.xlsx"));
        assertThat(chartsInsidePrintAreas(dir.resolve("bijlage-1.xlsx"))).as(scenario + ": charts").isPositive();
        chartsInsidePrintAreas(dir.resolve("bijlage-2.xlsx"));
        helperColumnsNotPrinted(dir.resolve("bijlage-1.xlsx"));
        helperColumnsNotPrinted(dir.resolve("bijlage-2.xlsx"));
    }

    /** The Begroting's column of financier numbers (its SUMIFS criteria) stands outside the print area. */
    static void helperColumnsNotPrinted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Begroting");
            if (sheet == null) {
                return;
            }
            CellRangeAddress area = WorkbookLayoutTest.printArea(workbook, sheet);
            int found = 0;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().equals("Financier nr.")) {
                        assertThat(cell.getColumnIndex()).as(file.getFileName() + " Begroting!" + cell.getAddress()
                                + ": a helper column inside the print area " + area.formatAsString())
                                .isGreaterThan(area.getLastColumn());
                        found++;
                    }
                }
            }
            assertThat(found).as(file.getFileName() + ": the Begroting's helper column").isPositive();
        }
    }

    /**
     * Every chart of {@code file} anchored inside its sheet's print area, with no page break between
     * its top and bottom rows. Returns the number of charts checked.
     */
    static int chartsInsidePrintAreas(Path file) throws IOException {
        int charts = 0;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                if (sheet.getDrawingPatriarch() == null) {
                    continue;
                }
                // Read back, a chart's frame is a shape of the drawing: its anchor says where it stands.
                List<XSSFGraphicFrame> frames = new ArrayList<>();
                for (XSSFShape shape : sheet.getDrawingPatriarch().getShapes()) {
                    if (shape instanceof XSSFGraphicFrame frame) {
                        frames.add(frame);
                    }
                }
                if (frames.isEmpty()) {
                    continue;
                }
                CellRangeAddress area = WorkbookLayoutTest.printArea(workbook, sheet);
                for (XSSFGraphicFrame chart : frames) {
                    XSSFClientAnchor anchor = chart.getAnchor();
                    // The bottom-right corner lies in (col2, row2) at offset (dx2, dy2): at offset 0 the chart ends
                    // at that cell's left or top edge.
                    int lastColumn = anchor.getCol2() - (anchor.getDx2() == 0 ? 1 : 0);
                    int lastRow = anchor.getRow2() - (anchor.getDy2() == 0 ? 1 : 0);
                    String where = file.getFileName() + " " + sheet.getSheetName() + " chart '" + chart.getName()
                            + "' at rows " + (anchor.getRow1() + 1) + "-" + (lastRow + 1) + ", columns "
                            + (anchor.getCol1() + 1) + "-" + (lastColumn + 1) + ", print area " + area.formatAsString();
                    assertThat((int) anchor.getCol1()).as(where).isGreaterThanOrEqualTo(area.getFirstColumn());
                    assertThat(lastColumn).as(where + ": right of the print area").isLessThanOrEqualTo(area.getLastColumn());
                    assertThat(anchor.getRow1()).as(where).isGreaterThanOrEqualTo(area.getFirstRow());
                    assertThat(lastRow).as(where + ": below the print area").isLessThanOrEqualTo(area.getLastRow());
                    for (int b : sheet.getRowBreaks()) {
                        // A break after row b (0-based) splits the chart when its rows run on past b.
                        assertThat(b >= anchor.getRow1() && b < lastRow).as(where + ": split by the page break after row "
                                + (b + 1)).isFalse();
                    }
                    charts++;
                }
            }
        }
        return charts;
    }
}
