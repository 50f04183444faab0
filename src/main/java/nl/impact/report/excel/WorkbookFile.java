package nl.impact.report.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Saves a workbook so that the same content gives the same bytes. */
final class WorkbookFile {

    private WorkbookFile() {
    }

    /** Title, author and the fixed dates in the document properties. */
    static void properties(XSSFWorkbook workbook, String title, Instant date) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator("impact");
        core.setCreated(Optional.of(Date.from(date)));
        core.setModified(Optional.of(Date.from(date)));
    }

    static void write(XSSFWorkbook workbook, Path file, Instant date) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        Files.write(file, DeterministicZip.rewrite(bytes.toByteArray(), date));
    }
}
