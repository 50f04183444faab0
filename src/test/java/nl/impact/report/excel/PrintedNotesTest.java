package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.impact.engine.RunResult;
import nl.impact.report.RunOutputs;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A kernaanpak sheet prints each Toelichting on one line, so that the sheet fits a page: a long
 * note prints its first sentence with an ellipsis, and the whole note stays in the workbook in the
 * column right of the print area, "Toelichting volledig". On the KPI's sheet a band's sources per
 * year print as a pointer to Bronnen en aannames, so the band's rows are not tall and empty.
 */
class PrintedNotesTest {

    /** The plan's note on Welzijn op Recept's recurring saving (pluswijken.yaml), three sentences long. */
    private static final String RECURRING = "Twee jaar meegeteld (plan, § 4.b Welzijn op Recept, regels 1812-1813)";

    @Test
    void aLongNotePrintsShortAndStaysWholeBesideThePrintArea() throws Exception {
        RunResult result = Workbooks.run(Path.of("scenarios", "pluswijken.yaml"));
        try (XSSFWorkbook workbook = BusinessCaseWorkbook.build(RunOutputs.of(result), DocumentDate.FIXED).workbook()) {
            XSSFSheet sheet = workbook.getSheet("Welzijn op Recept");
            CellRangeAddress area = WorkbookLayoutTest.printArea(workbook, sheet);
            XSSFCell whole = find(sheet, RECURRING);
            assertThat(whole).as("the whole note is in the workbook").isNotNull();
            assertThat(whole.getColumnIndex()).as("the whole note is not printed").isGreaterThan(area.getLastColumn());
            XSSFCell printed = whole.getRow().getCell(whole.getColumnIndex() - 1);
            assertThat(printed.getColumnIndex()).isEqualTo(area.getLastColumn());
            assertThat(printed.getStringCellValue()).isEqualTo("per clienten, vanaf het startjaar, 2 jaar lang. …");
            assertThat(whole.getStringCellValue()).startsWith("per clienten, vanaf het startjaar, 2 jaar lang. " + RECURRING);
            assertThat(printed.getCellStyle().getWrapText()).isTrue();
            assertThat(whole.getRow().getHeightInPoints()).as("one line high").isLessThan(16);
        }
    }

    @Test
    void aKpiBandsSourcesPrintAsAPointerAndStayWholeBesideThePrintArea() throws Exception {
        RunResult result = Workbooks.run(Path.of("scenarios", "pluswijken.yaml"));
        try (XSSFWorkbook workbook = BusinessCaseWorkbook.build(RunOutputs.of(result), DocumentDate.FIXED).workbook()) {
            XSSFSheet sheet = workbook.getSheet("KPI's");
            CellRangeAddress area = WorkbookLayoutTest.printArea(workbook, sheet);
            // KPI 4's band: a source for each of its five years (plan, regels 2133-2140).
            XSSFCell whole = find(sheet, "2029: Transformatieplan PlusWIJken, § 7.b Ambities (regel 2140)");
            assertThat(whole).as("the band's sources are in the workbook").isNotNull();
            assertThat(whole.getColumnIndex()).as("not printed").isGreaterThan(area.getLastColumn());
            XSSFCell printed = whole.getRow().getCell(area.getLastColumn());
            assertThat(printed.getStringCellValue()).isEqualTo(KpiSheet.BAND_SOURCES);
            assertThat(whole.getRow().getCell(0).getStringCellValue()).isEqualTo("Arbeidsmarkttekort in zorg en welzijn – band");
            assertThat(whole.getRow().getHeightInPoints()).as("the band's minimum row is one line high").isLessThan(16);
        }
    }

    @Test
    void aShortNotePrintsWholeAndALongOneFitsOneLine() {
        assertThat(ShortNote.of("regel 1815")).isEqualTo("regel 1815");
        String cut = ShortNote.of("De bedragen uit Kerkrade bevatten al de correctiefactor van 90% (plan, § 4.b Welzijn op"
                + " Recept, regels 1814-1815), dus er komt geen correctie bij.");
        assertThat(cut).isEqualTo("De bedragen uit Kerkrade bevatten al de …");
        assertThat(TextWidth.of(cut, false, 11) + TextWidth.PADDING).isLessThanOrEqualTo(ShortNote.WIDTH);
        assertThat(ShortNote.of("regels 905, 952, 985: Fase 1 voorlevere 250, Fase 2 Coachen 250, Fase 3"))
                .doesNotContain(", …").endsWith(" …");
    }

    private static XSSFCell find(XSSFSheet sheet, String text) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell cell : (XSSFRow) row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
                    return (XSSFCell) cell;
                }
            }
        }
        return null;
    }
}
