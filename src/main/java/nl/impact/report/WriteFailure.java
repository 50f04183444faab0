package nl.impact.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import nl.impact.model.Printable;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;

/**
 * An output that the file system would not take (full, read-only, no permission, a file where a
 * directory should be), said in a plain sentence with exit code 2: the target is the user's choice,
 * like an input, and the cure is theirs (free space, another target). Never a Java class name.
 */
public final class WriteFailure {

    /** The operating system's words for the usual causes, and how a message says them. */
    private static final Map<String, String> PLAIN = Map.of(
            "no space left on device", "the file system is full (no space left on the device)",
            "disk quota exceeded", "the disk quota is used up",
            "read-only file system", "the file system is read-only",
            "file too large", "the file grew larger than the file system or a limit on file size allows",
            "permission denied", "permission denied",
            "operation not permitted", "permission denied",
            "not a directory", "a part of the path is a file, not a directory",
            "is a directory", "a directory stands where a file should be");

    private WriteFailure() {
    }

    /**
     * The failure to write into {@code target}, as invalid input.
     *
     * @param scratch where impact was writing (its own directory beside the target), so a file in it
     *     is named by its own name; may be null
     * @param outcome what became of the target, e.g. "the outputs already there are kept as they were"
     */
    public static InvalidInputException of(Path target, Path scratch, IOException failure, String outcome) {
        String where = where(failure, target, scratch);
        return InvalidInputException.of(new Problem(target.toString(), 0, 0, "", "cannot be written: "
                + reason(failure) + (where.isEmpty() ? "" : " (" + where + ")") + "; " + outcome));
    }

    /** Why the file system refused, in plain lower-case words. */
    static String reason(IOException failure) {
        String text = failure instanceof FileSystemException f ? f.getReason() : failure.getMessage();
        if (text == null || text.isBlank()) {
            if (failure instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (failure instanceof NoSuchFileException) {
                return "a directory on the way was removed or does not exist";
            }
            if (failure instanceof FileAlreadyExistsException) {
                return "something of that name already exists";
            }
            if (failure instanceof NotDirectoryException) {
                return PLAIN.get("not a directory");
            }
            return "an input/output error";
        }
        String plain = PLAIN.get(text.strip().toLowerCase(Locale.ROOT));
        if (plain != null) {
            return plain;
        }
        String quoted = Printable.quote(text.strip());
        return quoted.substring(0, 1).toLowerCase(Locale.ROOT) + quoted.substring(1);
    }

    /** The file the failure names, relative to impact's own scratch directory; empty for the target itself. */
    private static String where(IOException failure, Path target, Path scratch) {
        if (!(failure instanceof FileSystemException f) || f.getFile() == null) {
            return "";
        }
        Path file;
        try {
            file = Path.of(f.getFile()).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return "";
        }
        Path own = scratch == null ? null : scratch.toAbsolutePath().normalize();
        if (file.equals(target.toAbsolutePath().normalize()) || file.equals(own)) {
            return "";
        }
        if (own != null && file.startsWith(own)) {
            return "writing " + own.relativize(file);
        }
        return "at " + file;
    }
}
