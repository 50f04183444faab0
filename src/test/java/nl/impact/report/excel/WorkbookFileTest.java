package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import nl.impact.engine.RunResult;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
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
            BusinessCaseWorkbook.Built bijlage1 = BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), DocumentDate.FIXED);
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

    /**
     * A workbook of more than 1,000 parts (bijlage 1 of 1,000 kernaanpakken has a sheet for each)
     * is saved: POI's guard against hostile zips, which counts the entries of the zip it reads back
     * while saving, refused it with "more internal file entries than expected".
     */
    @Test
    void aWorkbookOfMoreThanAThousandPartsIsSaved() throws Exception {
        int sheets = 1_100;
        byte[] saved;
        try (WorkbookFile.InMemory workbook = WorkbookFile.create()) {
            for (int i = 0; i < sheets; i++) {
                workbook.createSheet("Blad " + i).createRow(0).createCell(0).setCellValue("kernaanpak " + i);
            }
            saved = WorkbookFile.save(workbook, DocumentDate.FIXED);
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(saved)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            assertThat(entries).hasSizeGreaterThan(sheets);
            ZipArchiveEntry last = zip.getEntry("xl/worksheets/sheet" + sheets + ".xml");
            assertThat(last).isNotNull();
            assertThat(new String(zip.getInputStream(last).readAllBytes(), StandardCharsets.UTF_8))
                    .contains("kernaanpak " + (sheets - 1));
        }
    }
}
