package nl.impact.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * The entries of a workbook's zip, each unpacked no further than its limit ({@link
 * InputFile#bounded}): the backstop for the parts POI reads itself when it opens the package (the
 * content types and relationships, which it holds as XML trees), whatever their names. POI's own
 * guard (no entry unpacking to more than 100 times its packed size) sits underneath.
 */
final class BoundedEntries implements ZipEntrySource {

    private final ZipEntrySource entries;
    private final long limit;
    private final long indexLimit;

    /**
     * @param limit for every entry
     * @param indexLimit for the package's own index parts ({@code [Content_Types].xml}, {@code *.rels})
     */
    BoundedEntries(ZipEntrySource entries, long limit, long indexLimit) {
        this.entries = entries;
        this.limit = limit;
        this.indexLimit = indexLimit;
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return entries.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return entries.getEntry(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        String name = entry.getName();
        boolean index = name.endsWith(".rels") || name.equals("[Content_Types].xml");
        return InputFile.bounded(entries.getInputStream(entry), index ? indexLimit : limit,
                index ? "a workbook's index parts, unpacked," : "a part of a workbook, unpacked,");
    }

    @Override
    public void close() throws IOException {
        entries.close();
    }

    @Override
    public boolean isClosed() {
        return entries.isClosed();
    }
}
