package nl.impact.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Optional;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;

/**
 * An output that is one file ({@code impact diff --out FILE}), under the rules of an output
 * directory (docs/outputs.md): never an input, never a file impact did not write. A file is
 * impact's when it is empty or recognisably one of its own reports; it is written aside in its
 * directory (with the umask's permissions) and moved into place, so a reader never sees half of it,
 * and a full or read-only file system leaves the earlier file as it was.
 */
public final class OutputFile {

    /** Tells, from the start of an existing file, whether impact wrote it. */
    @FunctionalInterface
    public interface Recogniser {
        boolean wrote(String head);
    }

    /** How much of an existing file is read to recognise it: a report's opening lines. */
    static final int HEAD_BYTES = 64 * 1024;

    private final Path file;
    private final String kind;
    private final Recogniser own;

    /**
     * @param kind what impact writes there, for messages: "an impact diff report"
     * @param own recognises an earlier file of that kind
     */
    public OutputFile(Path file, String kind, Recogniser own) {
        // Not normalised: the operating system resolves a/../x through a link a as the link's target's parent.
        this.file = file.toAbsolutePath();
        this.kind = kind;
        this.own = own;
    }

    /** Refuses, as invalid input and before any work, a file impact must not or cannot replace. */
    public void check(Collection<Path> inputs) throws InvalidInputException {
        Optional<String> refusal;
        try {
            refusal = refusal(inputs);
        } catch (IOException e) {
            refusal = Optional.of("cannot be inspected: " + WriteFailure.reason(e));
        }
        if (refusal.isPresent()) {
            throw InvalidInputException.of(new Problem(file.toString(), 0, 0, "", refusal.get()));
        }
    }

    /** Checks the file again (the inputs are now all known) and replaces it with {@code text}. */
    public void write(Collection<Path> inputs, String text) throws InvalidInputException {
        check(inputs);
        boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        Path aside = null;
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            String prefix = "." + file.getFileName() + ".impact-new-";
            for (Path abandoned : OwnDirectories.abandoned(dir, prefix)) {
                OwnDirectories.delete(abandoned);
            }
            aside = OwnDirectories.createFile(dir, prefix);
            try {
                Files.writeString(aside, text, StandardCharsets.UTF_8);
                FailPoint.fail("file-written");
                try {
                    Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(aside);
            }
        } catch (IOException e) {
            throw WriteFailure.of(file, aside, e, existed ? "the file is kept as it was" : "nothing was written");
        }
    }

    private Optional<String> refusal(Collection<Path> inputs) throws IOException {
        String ownOnly = "; impact only replaces a file it wrote itself";
        for (Path input : inputs) {
            if (FileIdentity.same(input, file)) {
                return Optional.of("is the input " + input + ownOnly + ": choose another file");
            }
        }
        if (Files.isSymbolicLink(file)) {
            return Optional.of("is a symbolic link" + ownOnly);
        }
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (exists && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("is " + FileKind.of(file) + ", not a file");
        }
        Optional<String> unwritable = Writable.refusal(file, false);
        if (unwritable.isPresent()) {
            return unwritable;
        }
        if (exists && Files.size(file) > 0 && !own.wrote(head())) {
            return Optional.of("is a file that impact did not write (not " + kind + ")" + ownOnly
                    + ": choose a new name, or move the file away first");
        }
        return Optional.empty();
    }

    /** The file's first bytes as text; what is not UTF-8 becomes replacement characters. */
    private String head() throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        }
    }
}
