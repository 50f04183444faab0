package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.engine.RunResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both workbooks recomputed by LibreOffice agree with the engine to the cent. The cached values
 * are poisoned before LibreOffice opens the files, so only a real recomputation passes.
 */
class LibreOfficeRecalculationTest {

    private static final double POISON = -987654.321;

    @TempDir
    Path work;

    /** The same scenarios as {@link ScenarioAgreementTest}: every shipped one and the edge cases. */
    @ParameterizedTest
    @MethodSource("nl.impact.report.excel.ScenarioAgreementTest#scenarios")
    void workbookRecomputedByLibreOfficeAgreesWithTheEngine(Path scenario, int bijlage) throws Exception {
        Path soffice = LibreOffice.require();
        RunResult result = Workbooks.run(scenario);
        if (bijlage == 1) {
            check(soffice, BusinessCaseWorkbook.build(result, DocumentDate.FIXED), BusinessCaseWorkbook.FILE);
        } else {
            check(soffice, BegrotingWorkbook.build(result, DocumentDate.FIXED), BegrotingWorkbook.FILE);
        }
    }

    private void check(Path soffice, BusinessCaseWorkbook.Built built, String name) throws Exception {
        Expectations expected = built.expectations();
        Path dir = Files.createDirectories(work.resolve(name + ".d"));
        Path poisoned = dir.resolve(name);
        try (XSSFWorkbook workbook = built.workbook(); OutputStream out = Files.newOutputStream(poisoned)) {
            for (String key : expected.keys()) {
                Workbooks.cell(workbook, key).setCellValue(POISON);
            }
            workbook.write(out);
        }

        Path recalculated = LibreOffice.recalculate(soffice, poisoned, dir);

        try (XSSFWorkbook workbook = Workbooks.open(recalculated)) {
            assertThat(Workbooks.formulaCells(workbook)).as(name).containsExactlyInAnyOrderElementsOf(expected.keys());
            assertThat(Workbooks.disagreements(expected.values(), key -> number(Workbooks.cell(workbook, key))))
                    .as(name).isEmpty();
            assertThat(Workbooks.textDisagreements(expected.texts(), workbook)).as(name).isEmpty();
        }
    }

    private static Double number(Cell cell) {
        if (cell == null || cell.getCellType() != CellType.FORMULA
                || cell.getCachedFormulaResultType() != CellType.NUMERIC) {
            return null;
        }
        return cell.getNumericCellValue();
    }
}
