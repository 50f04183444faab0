package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.impact.engine.RunResult;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookFileTest {

    /**
     * The streaming workbooks keep each sheet's XML in memory: writing the bijlagen puts nothing
     * in POI's temporary folder (outputs go only into directories impact made itself).
     */
    @Test
    void theBijlagenAreWrittenWithoutTemporaryFilesAndStateTheirRanges(@TempDir Path poiTemp) throws Exception {
        RunResult result = Workbooks.run(Workbooks.PLUSWIJKEN);
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
        try {
            BusinessCaseWorkbook.Built bijlage1 = BusinessCaseWorkbook.build(result, DocumentDate.FIXED);
            BusinessCaseWorkbook.Built bijlage2 = BegrotingWorkbook.build(result, DocumentDate.FIXED);
            try (Stream<Path> files = Files.walk(poiTemp)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
            try (XSSFWorkbook one = bijlage1.workbook(); XSSFWorkbook two = bijlage2.workbook()) {
                assertThat(one.getSheet("Samenvatting").getRow(0).getCell(0).getStringCellValue()).isNotBlank();
                assertThat(two.getSheet("Begroting").getLastRowNum()).isPositive();
                // Each sheet states the range it uses, as POI derives it when the rows are written.
                for (XSSFWorkbook workbook : List.of(one, two)) {
                    for (Sheet sheet : workbook) {
                        int lastColumn = 0;
                        for (Row row : sheet) {
                            lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
                        }
                        assertThat(((XSSFSheet) sheet).getCTWorksheet().getDimension().getRef())
                                .as(sheet.getSheetName())
                                .isEqualTo(new CellRangeAddress(0, sheet.getLastRowNum(), 0, lastColumn).formatAsString());
                    }
                }
            }
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }
}
