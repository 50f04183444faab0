package nl.impact.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The files below a directory, for assertions that outputs or inputs are exactly as they were. */
public final class Tree {

    private Tree() {
    }

    /**
     * Every file and directory below {@code directory} whose relative path {@code keep} accepts, by
     * that path: a file with the SHA-256 of its bytes, a directory with "directory", a symbolic link
     * (not followed) with where it leads.
     */
    public static Map<String, String> checksums(Path directory, Predicate<String> keep) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(p -> !p.equals(directory)).toList()) {
                String name = relative(directory, path);
                if (!keep.test(name)) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    sums.put(name, "link to " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path)) {
                    sums.put(name, "directory");
                } else {
                    sums.put(name, sha256(path));
                }
            }
        }
        return sums;
    }

    private static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace(File.separatorChar, '/');
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
