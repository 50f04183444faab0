package nl.impact.report.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes a workbook and saves it so that the same content gives the same bytes.
 *
 * <p>The workbooks are POI's streaming kind (SXSSF): a cell is a small Java object, and a sheet's
 * cells become XML in one pass when the workbook is saved, instead of each cell being an XML
 * object from the start (XSSF). Writing bijlage 1 that way takes a fraction of the time
 * (docs/performance.md). Every row stays in memory until the save, so the layout can still read
 * what a sheet holds; a sheet of national size is flushed as it is written ({@link StreamedAreaSheet}).
 */
final class WorkbookFile {

    /** No row is flushed before the save unless a writer flushes it itself. */
    private static final int KEEP_ALL_ROWS = -1;

    private WorkbookFile() {
    }

    /**
     * A new workbook. Texts are written inline in their cells (OOXML's {@code inlineStr}, which
     * Excel and LibreOffice read as any text) rather than into a shared-strings table: POI would
     * build an XML object for every text to look it up there.
     */
    static SXSSFWorkbook create() {
        return new SXSSFWorkbook(new XSSFWorkbook(), KEEP_ALL_ROWS, false, false);
    }

    /** Title, author and the fixed dates in the document properties. */
    static void properties(SXSSFWorkbook workbook, String title, Instant date) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator("impact");
        core.setCreated(Optional.of(Date.from(date)));
        core.setModified(Optional.of(Date.from(date)));
    }

    /** The saved workbook's bytes; the workbook's scratch data is removed, so it is saved once. */
    static byte[] save(SXSSFWorkbook workbook, Instant date) {
        try {
            // Sheet by sheet in their order (POI's own flush goes through them in hash order), so
            // that nothing in the file can depend on that order.
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                SXSSFSheet sheet = workbook.getSheetAt(i);
                sheet.flushRows();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.writeAvoidingTempFiles(bytes);
            return DeterministicZip.rewrite(bytes.toByteArray(), date);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }
}
