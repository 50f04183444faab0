package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.impact.engine.RunResult;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookFileTest {

    /**
     * The streaming workbooks keep each sheet's XML in memory: writing the bijlagen puts nothing
     * in POI's temporary folder (outputs go only into directories impact made itself).
     */
    @Test
    void theBijlagenAreWrittenWithoutTemporaryFiles(@TempDir Path poiTemp) throws Exception {
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
            }
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }
}
