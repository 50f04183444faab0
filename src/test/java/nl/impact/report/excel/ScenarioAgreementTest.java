package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.engine.RunResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every shipped scenario's workbook recomputed by POI agrees with the engine. The example region
 * adds what PlusWIJken lacks: shared parameters (their own sheet), CUMULATIVE, a correction
 * factor, a band and an effect recurring over two years.
 */
class ScenarioAgreementTest {

    @ParameterizedTest
    @ValueSource(strings = {"pluswijken.yaml", "voorbeeldregio-valpreventie.yaml"})
    void recomputedWorkbookAgreesWithTheEngine(String scenario) throws Exception {
        RunResult result = Workbooks.run(Path.of("scenarios", scenario));
        BusinessCaseWorkbook.Built built = BusinessCaseWorkbook.build(result, DocumentDate.FIXED);
        Map<String, BigDecimal> expected = built.expectations().values();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = built.workbook()) {
            workbook.write(bytes);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(Workbooks.formulaCells(workbook)).containsExactlyInAnyOrderElementsOf(expected.keySet());
            for (String key : expected.keySet()) {
                Workbooks.cell(workbook, key).setCellValue(-987654.321);
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(Workbooks.disagreements(expected, key -> {
                Cell cell = Workbooks.cell(workbook, key);
                return cell.getCachedFormulaResultType() == CellType.NUMERIC ? cell.getNumericCellValue() : null;
            })).isEmpty();
        }
    }
}
