package nl.impact.scenario;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * How every input file is opened: its type is checked before it is opened (a named pipe would block
 * the reader for ever, a device never ends), its size before it is read, and it is read through a
 * stream that stops at the limit, whatever the size said (a file that grows, or a file such as
 * {@code /proc/self/pagemap} whose size says 0). Messages name the kind of thing found, not its text.
 */
public final class InputFile {

    private InputFile() {
    }

    /** Refused unless {@code file} (its target, for a symbolic link) is a regular file. */
    public static void checkType(Path file) throws InputRefused {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new InputRefused(unreadable(e));
        }
        if (attributes.isRegularFile()) {
            return;
        }
        throw new InputRefused((attributes.isDirectory() ? "a directory" : special(file)) + ", not a file");
    }

    /**
     * The file opened for reading, after {@link #checkType} and a check of its size; the stream
     * fails with {@link TooLarge} when it would pass {@code limit} bytes.
     *
     * @param what the inputs the limit is for, in messages: "scenario files", "area tables"
     */
    public static InputStream open(Path file, long limit, String what) throws InputRefused {
        checkType(file);
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new InputRefused("a file of " + size + " bytes; the limit on " + what + " is " + limit + " bytes");
            }
            return stream(file, limit, what);
        } catch (IOException e) {
            throw new InputRefused(unreadable(e));
        }
    }

    /**
     * The file's stream that fails with {@link TooLarge} past {@code limit} bytes, for a reader that
     * checked the type with {@link #checkType} already.
     */
    public static InputStream stream(Path file, long limit, String what) throws IOException {
        return new Bounded(Files.newInputStream(file), limit, what);
    }

    /**
     * Any stream (a part of a workbook as it unpacks) that fails with {@link TooLarge} past {@code
     * limit} bytes.
     */
    static InputStream bounded(InputStream in, long limit, String what) {
        return new Bounded(in, limit, what);
    }

    /**
     * The whole file as UTF-8 text, read through {@link #open}.
     *
     * @param notUtf8 the message for bytes that are not UTF-8, with the advice for this kind of input
     */
    public static String readText(Path file, long limit, String what, String notUtf8) throws InputRefused {
        try (InputStream in = open(file, limit, what)) {
            return decode(in.readAllBytes(), notUtf8);
        } catch (IOException e) {
            throw refusal(e).orElseGet(() -> new InputRefused(unreadable(e)));
        }
    }

    /** Bytes as UTF-8, refusing what is not (never a replacement character in a figure's name). */
    public static String decode(byte[] bytes, String notUtf8) throws InputRefused {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputRefused(notUtf8);
        }
    }

    /**
     * The limit passed, found anywhere among the causes of what a parser threw: parsers wrap the
     * exceptions of the stream they read.
     */
    public static Optional<InputRefused> refusal(Throwable thrown) {
        return cause(thrown, TooLarge.class).map(t -> new InputRefused(t.getMessage()));
    }

    /** The first cause of {@code type} in the chain of {@code thrown}, itself included. */
    public static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** Why a file could not be opened, in plain words. */
    static String unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "no permission to read it";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "cannot be read: " + f.getReason().toLowerCase(Locale.ROOT);
        }
        return "cannot be read";
    }

    /** A named pipe, a device or a socket, by the type bits of its mode where the system has them. */
    private static String special(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            switch (type) {
                case 0010000:
                    return "a named pipe (FIFO)";
                case 0020000:
                case 0060000:
                    return "a device";
                case 0140000:
                    return "a socket";
                default:
                    return "not a regular file";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "not a regular file";
        }
    }

    /** Thrown by the stream of {@link #open} when the file holds more than its limit. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit, String what) {
            super("more than " + limit + " bytes; the limit on " + what + " is " + limit + " bytes");
        }
    }

    /** Counts the bytes read and fails past the limit. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final String what;
        private long count;

        Bounded(InputStream in, long limit, String what) {
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

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void mark(int readlimit) {
            // Not supported: a reset would count bytes twice.
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("mark/reset not supported");
        }

        private void count(long n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge(limit, what);
            }
        }
    }
}
