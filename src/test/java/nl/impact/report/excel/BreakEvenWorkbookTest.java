package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.impact.engine.RunResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Terugverdienjaar of bijlage 1's Kengetallen is a live formula with the engine's rule
 * (docs/budget.md), recomputed from poisoned caches by POI and by LibreOffice, on the scenario
 * computed by hand in src/test/resources/workbook-edge-cases/break-even.yaml: the zorgverzekeraar
 * crosses zero twice (2028), the gemeente ends below zero, the provincie has no flows.
 */
class BreakEvenWorkbookTest {

    private static final int BREAK_EVEN = KeyFiguresSheet.BREAK_EVEN;
    private static final String ENDS_NEGATIVE = "geen: cumulatief netto eindigt negatief";
    private static final String NO_FLOWS = "geen: geen geldstromen";

    static RunResult result;

    @TempDir
    Path work;

    @BeforeAll
    static void run() throws Exception {
        result = Workbooks.run(Path.of("src/test/resources/workbook-edge-cases/break-even.yaml"));
    }

    /** Per key figures row (name and variant), the break-even year or text computed by hand. */
    private static Map<String, Object> byHand() {
        Map<String, Object> expected = new LinkedHashMap<>();
        for (String variant : new String[] {"minimaal", "verwacht", "maximaal"}) {
            expected.put("zorgverzekeraar|" + variant, 2028.0);
            expected.put("Wisselend|" + variant, 2028.0);
            expected.put("Totaal plan|" + variant, 2028.0);
        }
        // The gemeente's and the provincie's flows are the same in every variant: one row stands for all three.
        expected.put("gemeente|" + Labels.ALL_VARIANTS, ENDS_NEGATIVE);
        expected.put("provincie|" + Labels.ALL_VARIANTS, NO_FLOWS);
        return expected;
    }

    @Test
    void poiRecomputesTheYearFromWhichTheCumulativeNetStaysAtZeroOrMore() throws Exception {
        try (XSSFWorkbook wb = BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), DocumentDate.FIXED).workbook()) {
            poison(wb);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(breakEvens(wb)).isEqualTo(byHand());
        }
    }

    @Test
    void libreOfficeRecomputesTheSame() throws Exception {
        Path soffice = LibreOffice.require();
        Path poisoned = work.resolve(BusinessCaseWorkbook.FILE);
        try (XSSFWorkbook wb = BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), DocumentDate.FIXED).workbook();
                OutputStream out = Files.newOutputStream(poisoned)) {
            poison(wb);
            wb.write(out);
        }
        try (XSSFWorkbook wb = Workbooks.open(LibreOffice.recalculate(soffice, poisoned, work))) {
            assertThat(breakEvens(wb)).isEqualTo(byHand());
        }
    }

    @Test
    void theYearFollowsTheInputs() throws Exception {
        try (XSSFWorkbook wb = BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), DocumentDate.FIXED).workbook()) {
            // The zorgverzekeraar invests 2,000 instead of 8,000 in 2027: cumulative -10,000, +5,000,
            // +3,000, +14,000, so it breaks even in 2026.
            Workbooks.named(wb, "begroting_zvw_bedrag_verwacht").get(2).setCellValue(2000);
            // The gemeente's saving and investment set to zero: it has no flows left.
            Workbooks.named(wb, "begroting_wmo_bedrag_verwacht").get(1).setCellValue(0);
            Workbooks.named(wb, "k_Eenmalige_besparing_Wmo_verwacht").get(0).setCellValue(0);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(breakEven(wb, "zorgverzekeraar", "verwacht")).isEqualTo(2026.0);
            assertThat(breakEven(wb, "gemeente", "verwacht")).isEqualTo(NO_FLOWS);
            // The gemeente's saving of 2,000 back, its investment of 3,000 now in 2025: cumulative
            // -1,000 to the end.
            Workbooks.named(wb, "k_Eenmalige_besparing_Wmo_verwacht").get(0).setCellValue(2000);
            Workbooks.named(wb, "begroting_wmo_bedrag_verwacht").get(0).setCellValue(3000);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(breakEven(wb, "gemeente", "verwacht")).isEqualTo(ENDS_NEGATIVE);
        }
    }

    private static void poison(XSSFWorkbook wb) {
        for (Row row : wb.getSheet(KeyFiguresSheet.NAME)) {
            Cell cell = row.getCell(BREAK_EVEN);
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                cell.setCellValue(-987654.321);
            }
        }
    }

    /** Every key figures row's break-even cell as recomputed: a year as a number, or the text. */
    private static Map<String, Object> breakEvens(XSSFWorkbook wb) {
        Map<String, Object> found = new LinkedHashMap<>();
        for (Row row : wb.getSheet(KeyFiguresSheet.NAME)) {
            Cell cell = row.getCell(BREAK_EVEN);
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                found.put(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue(), value(cell));
            }
        }
        return found;
    }

    /** The break-even of {@code label} in {@code variant}, or in the row that stands for all variants. */
    private static Object breakEven(XSSFWorkbook wb, String label, String variant) {
        Map<String, Object> all = breakEvens(wb);
        return all.containsKey(label + "|" + variant) ? all.get(label + "|" + variant)
                : all.get(label + "|" + Labels.ALL_VARIANTS);
    }

    private static Object value(Cell cell) {
        return cell.getCachedFormulaResultType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                : cell.getStringCellValue();
    }
}
