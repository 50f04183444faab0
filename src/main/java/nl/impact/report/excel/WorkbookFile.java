package nl.impact.report.excel;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
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
    static InMemory create() {
        return new InMemory();
    }

    /**
     * POI's streaming workbook with each sheet's XML kept in memory until it is saved, rather than
     * in a temporary file: nothing is written outside the output directory, and a sheet costs no
     * file to create, write, read back and delete.
     */
    static final class InMemory extends SXSSFWorkbook {
        InMemory() {
            super(new XSSFWorkbook(), KEEP_ALL_ROWS, false, false);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetInMemory(new ByteArrayOutputStream());
        }

        /** There are no temporary files to delete (POI's own would fail on the sheets' missing files). */
        @Override
        public boolean dispose() {
            return true;
        }

        /**
         * Saves as {@link #writeAvoidingTempFiles} does: POI writes the workbook without its sheets'
         * data, reads that zip back and writes it again with the data put in. Reading it back, POI
         * guards against hostile files, and a workbook of more than 1,000 parts (one sheet per
         * kernaanpak) tripped its count of entries. The zip read here is the one POI has just
         * written, so the guard is off for it, as POI itself allows for its own data; files from
         * users (an area table's workbook) are still read with it on.
         */
        void saveTo(OutputStream out) throws IOException {
            flushSheets();
            ByteArrayOutputStream withoutData = new ByteArrayOutputStream();
            _wb.write(withoutData);
            try (ZipArchiveThresholdInputStream zip = new ZipArchiveThresholdInputStream(
                    new ZipArchiveInputStream(new ByteArrayInputStream(withoutData.toByteArray())))) {
                zip.setGuardState(false);
                try (ZipInputStreamZipEntrySource entries = new ZipInputStreamZipEntrySource(zip)) {
                    injectData(entries, out);
                }
            }
        }
    }

    /** A sheet's XML, as POI's streaming sheet writes it, in memory. */
    private static final class SheetInMemory extends SheetDataWriter {
        private final ByteArrayOutputStream bytes;

        SheetInMemory(ByteArrayOutputStream bytes) throws IOException {
            super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)));
            this.bytes = bytes;
        }

        @Override
        public InputStream getWorksheetXMLInputStream() {
            // The streaming sheet has closed (and so flushed) the writer before it asks for this.
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }

    /** Title, author and the fixed dates in the document properties. */
    static void properties(SXSSFWorkbook workbook, String title, Instant date) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator("impact");
        core.setCreated(Optional.of(Date.from(date)));
        core.setModified(Optional.of(Date.from(date)));
    }

    /** The saved workbook's bytes; a workbook is saved once. */
    static byte[] save(InMemory workbook, Instant date) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.saveTo(bytes);
            return DeterministicZip.rewrite(bytes.toByteArray(), date);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
