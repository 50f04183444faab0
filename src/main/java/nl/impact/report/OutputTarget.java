package nl.impact.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;

/**
 * The rules for a directory impact may write its outputs into. A build tool never deletes a folder
 * it did not create, and neither does impact: it replaces only a directory that holds its
 * {@link OutputManifest} and nothing else, or an empty one, or makes a new one.
 */
final class OutputTarget {

    private static final int SHOWN = 5;

    private OutputTarget() {
    }

    /**
     * Refuses, as invalid input, a target impact must not replace.
     *
     * @param target absolute and normalised
     * @param inputs the files this run reads; no directory holding one of them is replaced
     */
    static void check(Path target, Collection<Path> inputs) throws InvalidInputException {
        Optional<String> refusal;
        try {
            refusal = refusal(target, inputs);
        } catch (IOException e) {
            refusal = Optional.of("cannot be inspected (" + e.getMessage() + ")");
        }
        if (refusal.isPresent()) {
            throw InvalidInputException.of(new Problem(target.toString(), 0, 0, "",
                    refusal.get() + "; impact only replaces an output directory it wrote itself"));
        }
    }

    private static Optional<String> refusal(Path target, Collection<Path> inputs) throws IOException {
        if (target.getParent() == null) {
            return Optional.of("is the root of the file system");
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (cwd.startsWith(target)) {
            return Optional.of(cwd.equals(target) ? "is the current directory" : "holds the current directory");
        }
        Path home = Path.of(System.getProperty("user.home", "/")).toAbsolutePath().normalize();
        if (home.startsWith(target)) {
            return Optional.of(home.equals(target) ? "is the home directory" : "holds the home directory");
        }
        for (Path input : inputs) {
            if (holds(target, input)) {
                return Optional.of("holds the input " + input);
            }
        }
        if (Files.isSymbolicLink(target)) {
            return Optional.of("is a symbolic link");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("is a file, not a directory");
        }
        if (isEmpty(target)) {
            return Optional.empty();
        }
        Optional<OutputManifest> manifest = OutputManifest.readFrom(target);
        if (manifest.isEmpty()) {
            return Optional.of("is a directory that impact did not write (it has no " + OutputManifest.FILE_NAME
                    + "); choose a new or empty directory");
        }
        List<String> unlisted = manifest.get().unlisted(target);
        if (!unlisted.isEmpty()) {
            String shown = String.join(", ", unlisted.subList(0, Math.min(SHOWN, unlisted.size())))
                    + (unlisted.size() > SHOWN ? " and " + (unlisted.size() - SHOWN) + " more" : "");
            return Optional.of("holds files that impact did not write (" + shown
                    + "); move them elsewhere first, impact does not delete them");
        }
        return Optional.empty();
    }

    /** Whether {@code input} lies below {@code target}, by name or after resolving links. */
    private static boolean holds(Path target, Path input) throws IOException {
        Path absolute = input.toAbsolutePath().normalize();
        if (absolute.startsWith(target)) {
            return true;
        }
        if (Files.exists(absolute) && Files.exists(target)) {
            return absolute.toRealPath().startsWith(target.toRealPath());
        }
        return false;
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
