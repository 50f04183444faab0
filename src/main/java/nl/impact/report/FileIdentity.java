package nl.impact.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether two paths name the same file, or one lies in the other: by their names, and also after
 * the file system resolves them, so that {@code ./a/../BASE.yaml}, a symbolic link to BASE.yaml, a
 * folder reached through a link and a hard link all count as BASE.yaml.
 */
final class FileIdentity {

    private FileIdentity() {
    }

    /**
     * Whether {@code a} and {@code b} are the same file (or directory): equal names once {@code .}
     * and {@code ..} are taken out, or the same file to the operating system, which resolves
     * {@code ..} after a symbolic link as the link's target's parent.
     */
    static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            // Compares device and inode: true for a hard link, and for paths through symbolic links.
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a.toAbsolutePath(), b.toAbsolutePath());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Whether {@code path} is {@code directory} or lies below it, by name or to the operating system. */
    static boolean within(Path path, Path directory) {
        if (path.toAbsolutePath().normalize().startsWith(directory.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(path) && Files.exists(directory)
                    && path.toRealPath().startsWith(directory.toRealPath());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
