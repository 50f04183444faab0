package nl.impact.report.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites a zip (an .xlsx is one) so that its bytes depend on its content only. POI stamps each
 * entry with the current time; here every entry gets one fixed time, entries come in a fixed order
 * ({@code [Content_Types].xml} first, as Office writes it, then by name) and the compression level
 * is fixed.
 */
public final class DeterministicZip {

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private DeterministicZip() {
    }

    public static byte[] rewrite(byte[] zip, Instant time) {
        List<Entry> entries = read(zip);
        entries.sort(Comparator.comparing((Entry e) -> !e.name.equals(CONTENT_TYPES)).thenComparing(e -> e.name));
        // Local time in UTC: setTimeLocal writes exactly this DOS time, whatever the machine's zone.
        LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipOutputStream zos = new ZipOutputStream(out)) {
            zos.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Entry e : entries) {
                ZipEntry entry = new ZipEntry(e.name);
                entry.setTimeLocal(local);
                entry.setMethod(ZipEntry.DEFLATED);
                zos.putNextEntry(entry);
                zos.write(e.data);
                zos.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private record Entry(String name, byte[] data) {
    }

    /**
     * The entries, read by the zip's central directory: POI's streaming workbooks give no sizes in
     * their entries' local headers, which a zip stream cannot read past.
     */
    private static List<Entry> read(byte[] zip) {
        List<Entry> entries = new ArrayList<>();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntries())) {
                if (!e.isDirectory()) {
                    try (InputStream content = in.getInputStream(e)) {
                        entries.add(new Entry(e.getName(), content.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
