package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.BiFunction;
import nl.impact.engine.RunResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both workbooks of every shipped scenario, recomputed by POI from poisoned caches, agree with the
 * engine. The example region adds what PlusWIJken lacks: shared parameters (their own sheet),
 * CUMULATIVE, a correction factor, a band and an effect recurring over two years; the Regioplan
 * has KPIs only: no kernaanpakken and no begroting. The scenarios of seeds 002 and 003 add a
 * ten-year range with one effect year, formulas over formulas, and a begroting line on a named quantity.
 */
class ScenarioAgreementTest {

    @ParameterizedTest
    @CsvSource({"pluswijken.yaml, 1", "pluswijken.yaml, 2", "voorbeeldregio-valpreventie.yaml, 1",
        "voorbeeldregio-valpreventie.yaml, 2", "regioplan-zuid-limburg.yaml, 1", "regioplan-zuid-limburg.yaml, 2",
        "buurtzorg-wijkverpleging.yaml, 1", "buurtzorg-wijkverpleging.yaml, 2", "blauwe-zorg-maastricht.yaml, 1",
        "blauwe-zorg-maastricht.yaml, 2"})
    void recomputedWorkbookAgreesWithTheEngine(String scenario, int bijlage) throws Exception {
        RunResult result = Workbooks.run(Path.of("scenarios", scenario));
        BiFunction<RunResult, Instant, BusinessCaseWorkbook.Built> builder = bijlage == 1
                ? BusinessCaseWorkbook::build : BegrotingWorkbook::build;
        BusinessCaseWorkbook.Built built = builder.apply(result, DocumentDate.FIXED);
        Expectations expected = built.expectations();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = built.workbook()) {
            workbook.write(bytes);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(Workbooks.formulaCells(workbook)).containsExactlyInAnyOrderElementsOf(expected.keys());
            for (String key : expected.keys()) {
                Workbooks.cell(workbook, key).setCellValue(-987654.321);
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(Workbooks.disagreements(expected.values(), key -> {
                Cell cell = Workbooks.cell(workbook, key);
                return cell.getCachedFormulaResultType() == CellType.NUMERIC ? cell.getNumericCellValue() : null;
            })).isEmpty();
            assertThat(Workbooks.textDisagreements(expected.texts(), workbook)).isEmpty();
        }
    }
}
