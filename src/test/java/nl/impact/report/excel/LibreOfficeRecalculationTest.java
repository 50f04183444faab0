package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.engine.RunResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks recomputed by LibreOffice agree with the engine to the cent. The cached values are
 * poisoned before LibreOffice opens the file, so only a real recomputation passes.
 */
class LibreOfficeRecalculationTest {

    private static final double POISON = -987654.321;

    @TempDir
    Path work;

    @Test
    void bijlage1RecomputedByLibreOfficeAgreesWithTheEngine() throws Exception {
        Path soffice = LibreOffice.require();
        RunResult result = Workbooks.run(Workbooks.PLUSWIJKEN);
        BusinessCaseWorkbook.Built built = BusinessCaseWorkbook.build(result, DocumentDate.FIXED);
        Map<String, BigDecimal> expected = built.expectations().values();
        Path poisoned = work.resolve(BusinessCaseWorkbook.FILE);
        try (XSSFWorkbook workbook = built.workbook(); OutputStream out = Files.newOutputStream(poisoned)) {
            for (String key : expected.keySet()) {
                Workbooks.cell(workbook, key).setCellValue(POISON);
            }
            workbook.write(out);
        }

        Path recalculated = LibreOffice.recalculate(soffice, poisoned, work);

        try (XSSFWorkbook workbook = Workbooks.open(recalculated)) {
            assertThat(Workbooks.formulaCells(workbook)).containsExactlyInAnyOrderElementsOf(expected.keySet());
            assertThat(Workbooks.disagreements(expected, key -> number(Workbooks.cell(workbook, key)))).isEmpty();
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
