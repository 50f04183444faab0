package nl.impact.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Working directories (and files) impact makes beside a target or in the temporary folder. Each name carries
 * its role and the process that made it ({@code <prefix><pid>-<n>}), so a later run can tell the
 * leftovers of a killed run, whose process is gone, from the work of a run still going on.
 * Directories are made with the default permissions, so they follow the umask.
 */
final class OwnDirectories {

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final long PID = ProcessHandle.current().pid();

    private OwnDirectories() {
    }

    /** Makes a new directory {@code <prefix><pid>-<n>} in {@code parent}. */
    static Path create(Path parent, String prefix) throws IOException {
        while (true) {
            Path candidate = parent.resolve(prefix + PID + "-" + COUNTER.incrementAndGet());
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                // A name of an earlier process with the same id: take the next number.
            }
        }
    }

    /** Makes a new empty file {@code <prefix><pid>-<n>} in {@code parent}, with the umask's permissions. */
    static Path createFile(Path parent, String prefix) throws IOException {
        while (true) {
            Path candidate = parent.resolve(prefix + PID + "-" + COUNTER.incrementAndGet());
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // A name of an earlier process with the same id: take the next number.
            }
        }
    }

    /** A free name {@code <prefix><pid>-<n>} in {@code parent}, to move a directory to. */
    static Path freeName(Path parent, String prefix) {
        Path candidate;
        do {
            candidate = parent.resolve(prefix + PID + "-" + COUNTER.incrementAndGet());
        } while (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS));
        return candidate;
    }

    /**
     * The directories and files in {@code parent} named {@code <prefix><pid>-<n>} whose process has
     * ended, sorted by name. Symbolic links are never impact's.
     */
    static List<Path> abandoned(Path parent, String prefix) throws IOException {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(parent)) {
            entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                            || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> owner(p.getFileName().toString(), prefix).filter(OwnDirectories::ended).isPresent())
                    .sorted()
                    .forEach(found::add);
        }
        return found;
    }

    private static Optional<Long> owner(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = name.substring(prefix.length());
        int dash = rest.indexOf('-');
        if (dash <= 0 || !rest.substring(0, dash).chars().allMatch(Character::isDigit)
                || !rest.substring(dash + 1).chars().allMatch(Character::isDigit) || dash > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(rest.substring(0, dash)));
    }

    private static boolean ended(long pid) {
        return pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a directory impact made, and everything in it, or a file it made; nothing happens when it is gone. */
    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
