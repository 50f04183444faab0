package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.monitor.Progress;
import nl.impact.monitor.RealisationsReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * voortgangsrapportage.xlsx: every sum, difference and uitputting is a formula that POI recomputes
 * from poisoned caches to the monitor's figures (the scenario and realisations of HalfYearMonitorTest).
 */
class ProgressWorkbookTest {

    private static final Path SCENARIO = Path.of("src/test/resources/milestones/two-kernaanpakken.yaml");

    @TempDir
    Path dir;

    @Test
    void everyFormulaRecomputesFromPoisonedCaches() throws Exception {
        Path realisations = dir.resolve("realisations.csv");
        Files.writeString(realisations, nl.impact.monitor.HalfYearMonitorTest.HEADER
                + nl.impact.monitor.HalfYearMonitorTest.REALISED);
        RunResult plan = Computation.of(SCENARIO);
        Progress progress = Progress.of(plan, RealisationsReader.read(realisations, plan.scenario()));
        BusinessCaseWorkbook.Built built = ProgressWorkbook.build(progress, DocumentDate.FIXED);
        assertThat(built.expectations().keys()).isNotEmpty();
        try (XSSFWorkbook workbook = built.workbook()) {
            assertThat(workbook.getSheet("Mijlpalen")).isNotNull();
            assertThat(workbook.getSheet("Besteding")).isNotNull();
            assertThat(workbook.getSheet("Prognose")).isNotNull();
            assertThat(workbook.getSheet("Stopzetting")).isNotNull();
            assertThat(Workbooks.formulaCells(workbook)).containsExactlyInAnyOrderElementsOf(
                    built.expectations().keys());
            Workbooks.assertRecomputedFromPoisonedCaches(workbook, built.expectations());
            // A whole count realised shows as the target does: 6, not 6.00.
            org.apache.poi.ss.usermodel.Row m1 = null;
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheet("Mijlpalen")) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && "m1".equals(row.getCell(1).getStringCellValue())) {
                    m1 = row;
                }
            }
            assertThat(m1).isNotNull();
            assertThat(m1.getCell(5).getNumericCellValue()).isEqualTo(6.0);
            assertThat(m1.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }
}
