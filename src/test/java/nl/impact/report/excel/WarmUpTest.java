package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    /** The warm-up goes through the bijlagen's own code: its workbook is a real one, recomputed by POI. */
    @Test
    void theWarmUpWorkbookIsAWholeWorkbookWithLiveFormulasAndAChart() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(WarmUp.workbook()))) {
            var sheet = workbook.getSheet("Opwarmen");
            var cell = sheet.getRow(3).getCell(3);
            assertThat(cell.getCellFormula()).isEqualTo("D3*2");
            assertThat(cell.getNumericCellValue()).isEqualTo(6.0);
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(cell).getNumberValue()).isEqualTo(6.0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("=berekend");
            assertThat(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(workbook.getName("opwarmen").getRefersToFormula()).isEqualTo("Opwarmen!$B$3:$D$3");
        }
    }
}
