package nl.impact.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the file system lets impact put an output at a path: the nearest directory that exists on
 * the way is a directory, and impact may write in it. Checked before any work, so a read-only or
 * foreign target is said at once; a failure that still comes while writing is a {@link WriteFailure}.
 */
final class Writable {

    private Writable() {
    }

    /**
     * Why {@code target} cannot be written, or empty.
     *
     * @param replacesDirectory whether an existing target is a directory that is renamed aside, which
     *     on POSIX systems needs permission to write in that directory too
     */
    static Optional<String> refusal(Path target, boolean replacesDirectory) throws IOException {
        Path ancestor = target.getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return Optional.empty();
        }
        if (!Files.isDirectory(ancestor)) {
            return Optional.of("cannot be made: " + ancestor + " is " + FileKind.of(ancestor.toRealPath())
                    + ", not a directory");
        }
        if (!Files.isWritable(ancestor)) {
            return Optional.of("cannot be written: the directory " + ancestor + " " + why(ancestor));
        }
        if (replacesDirectory && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(target)) {
            return Optional.of("cannot be replaced: the directory " + why(target));
        }
        return Optional.empty();
    }

    private static String why(Path directory) throws IOException {
        return Files.getFileStore(directory).isReadOnly() ? "is on a read-only file system"
                : "does not let impact write in it (no write permission)";
    }
}
