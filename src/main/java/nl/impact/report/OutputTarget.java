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
 * {@link OutputManifest} and nothing else, or an empty one, or makes a new one. A target the file
 * system will not let it write (read-only, no permission, a file on the way) is refused here too,
 * before any work, rather than found out after a long simulation.
 */
final class OutputTarget {

    private static final int SHOWN = 5;
    private static final String OWN_ONLY = "; impact only replaces an output directory it wrote itself";

    private OutputTarget() {
    }

    /**
     * Refuses, as invalid input, a target impact must not or cannot replace.
     *
     * @param target absolute and normalised
     * @param inputs the files this run reads; no directory holding one of them is replaced
     */
    static void check(Path target, Collection<Path> inputs) throws InvalidInputException {
        Optional<String> refusal;
        try {
            refusal = refusal(target, inputs);
        } catch (IOException e) {
            refusal = Optional.of("cannot be inspected: " + WriteFailure.reason(e));
        }
        if (refusal.isPresent()) {
            throw InvalidInputException.of(new Problem(target.toString(), 0, 0, "", refusal.get()));
        }
    }

    private static Optional<String> refusal(Path target, Collection<Path> inputs) throws IOException {
        if (target.getParent() == null) {
            return Optional.of("is the root of the file system" + OWN_ONLY);
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (FileIdentity.within(cwd, target)) {
            return Optional.of((FileIdentity.same(cwd, target) ? "is the current directory" : "holds the current directory")
                    + OWN_ONLY);
        }
        Path home = Path.of(System.getProperty("user.home", "/")).toAbsolutePath().normalize();
        if (FileIdentity.within(home, target)) {
            return Optional.of((FileIdentity.same(home, target) ? "is the home directory" : "holds the home directory")
                    + OWN_ONLY);
        }
        for (Path input : inputs) {
            if (FileIdentity.same(input, target)) {
                return Optional.of("is the input " + input + OWN_ONLY);
            }
            if (FileIdentity.within(input, target)) {
                return Optional.of("holds the input " + input + OWN_ONLY);
            }
        }
        if (Files.isSymbolicLink(target)) {
            return Optional.of("is a symbolic link" + OWN_ONLY);
        }
        Optional<String> unwritable = Writable.refusal(target, true);
        if (unwritable.isPresent()) {
            return unwritable;
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("is " + FileKind.of(target) + ", not a directory" + OWN_ONLY);
        }
        if (isEmpty(target)) {
            return Optional.empty();
        }
        Optional<OutputManifest> manifest = OutputManifest.readFrom(target);
        if (manifest.isEmpty()) {
            return Optional.of("is a directory that impact did not write (it has no " + OutputManifest.FILE_NAME
                    + "); choose a new or empty directory" + OWN_ONLY);
        }
        List<String> unlisted = manifest.get().unlisted(target);
        if (!unlisted.isEmpty()) {
            String shown = String.join(", ", unlisted.subList(0, Math.min(SHOWN, unlisted.size())))
                    + (unlisted.size() > SHOWN ? " and " + (unlisted.size() - SHOWN) + " more" : "");
            if (unlisted.size() == 1) {
                String kind = FileKind.of(target.resolve(unlisted.get(0)));
                return Optional.of("holds " + (kind == null ? "a file" : kind) + " that impact did not write ("
                        + shown + "); move it elsewhere first, impact does not delete it" + OWN_ONLY);
            }
            return Optional.of("holds files that impact did not write (" + shown
                    + "); move them elsewhere first, impact does not delete them" + OWN_ONLY);
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
