package nl.impact.scenario;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * A part of an xlsx workbook (a zip entry), unpacked no further than its limit: a stream that fails
 * with {@link TooLarge} at the first byte beyond it, so a small hostile file never unpacks into
 * gigabytes of XML. POI's own guard (no part unpacking to more than 100 times its packed size) still
 * sits underneath.
 */
final class BoundedPart extends FilterInputStream {

    /** The part is larger than impact reads; the message names it in plain words. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String what, long limit) {
            super(what + " unpacks to more than " + mebibytes(limit) + " MiB; impact reads no more");
        }
    }

    private final long limit;
    private final String what;
    private long read;

    /** @param what the part in plain words, such as {@code the sheet 'Wijken'} */
    BoundedPart(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge(what, limit);
        }
    }

    private static long mebibytes(long bytes) {
        return bytes >> 20;
    }

    /**
     * The entries of a workbook's zip, each unpacked no further than {@code limit}: the backstop for
     * the parts POI itself reads when it opens the package (the content types and relationships,
     * which it holds as XML trees), whatever their names.
     */
    static final class Entries implements ZipEntrySource {
        private final ZipEntrySource entries;
        private final long limit;
        private final long packageLimit;

        /**
         * @param limit for every entry
         * @param packageLimit for the package's own index parts ({@code [Content_Types].xml}, {@code *.rels})
         */
        Entries(ZipEntrySource entries, long limit, long packageLimit) {
            this.entries = entries;
            this.limit = limit;
            this.packageLimit = packageLimit;
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
            return new BoundedPart(entries.getInputStream(entry), index ? packageLimit : limit, "a part of the workbook");
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
}
