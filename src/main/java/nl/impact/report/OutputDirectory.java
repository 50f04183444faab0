package nl.impact.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.impact.scenario.InvalidInputException;

/**
 * Writes outputs so that nothing a user did not ask to replace is ever lost (docs/outputs.md,
 * "Where outputs go"). The outputs are written into a new directory beside the target, marked with
 * an {@link OutputManifest}, and swapped in whole: the old directory is renamed aside, the new one
 * renamed into place, then the old one deleted. A run killed between the two renames leaves the
 * complete old outputs aside; the next run for that target puts them back and says so, and removes
 * whatever else killed runs left behind.
 */
public final class OutputDirectory {

    /** Something that fills a directory. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path directory) throws IOException;
    }

    /** Something that fills a scratch directory and reads a result from it. */
    @FunctionalInterface
    public interface ScratchWork<T> {
        T apply(Path directory) throws IOException;
    }

    /**
     * What a replacement did besides writing the outputs: leftovers of killed runs it restored or
     * removed, one sentence each, for the user.
     */
    public record Outcome(List<String> notes) {
        public Outcome {
            notes = List.copyOf(notes);
        }
    }

    private static final String CHECK_PREFIX = "impact-check-";

    private OutputDirectory() {
    }

    /** {@link #replace(Path, Collection, Filler)} for outputs that read no file inside the target. */
    public static Outcome replace(Path target, Filler filler) throws IOException, InvalidInputException {
        return replace(target, List.of(), filler);
    }

    /**
     * Refuses, as invalid input, a target that is not impact's to replace, so a command that writes
     * several directories can check them all before it writes the first.
     */
    public static void check(Path target, Collection<Path> inputs) throws InvalidInputException {
        OutputTarget.check(target.toAbsolutePath().normalize(), inputs);
    }

    /**
     * The bytes free for new outputs at {@code target}: on the file system of the nearest directory
     * on its way that exists (the outputs are written beside the target before the old ones go).
     */
    public static long usableSpace(Path target) throws IOException {
        Path existing = target.toAbsolutePath().normalize();
        while (existing.getParent() != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        return Files.getFileStore(existing).getUsableSpace();
    }

    /**
     * Fills a new directory and swaps it in as {@code target}. Refuses (as invalid input, before
     * anything is written) a target that is not impact's to replace: see {@link OutputTarget}. A
     * write the file system refuses on the way (full, read-only) is invalid input too, in plain words
     * ({@link WriteFailure}): the new directory is removed and the old outputs stay or go back.
     *
     * @param inputs the files the outputs come from; a target that holds one is refused
     */
    public static Outcome replace(Path target, Collection<Path> inputs, Filler filler)
            throws IOException, InvalidInputException {
        Path absolute = target.toAbsolutePath().normalize();
        OutputTarget.check(absolute, inputs);
        boolean existed = Files.exists(absolute, LinkOption.NOFOLLOW_LINKS);
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        List<String> notes;
        Path fresh;
        try {
            Files.createDirectories(parent);
            notes = recover(absolute);
            // A restored directory is impact's by its manifest, but check it as any other.
            OutputTarget.check(absolute, inputs);
            fresh = OwnDirectories.create(parent, newPrefix(name));
        } catch (IOException | UncheckedIOException e) {
            throw failure(absolute, null, e, existed);
        }
        try {
            filler.fill(fresh);
            FailPoint.fail("outputs-filled");
            OutputManifest.of(fresh, inputs.stream().map(p -> String.valueOf(p.getFileName())).toList())
                    .writeTo(fresh);
            FailPoint.reach("outputs-written");
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                Path old = OwnDirectories.freeName(parent, oldPrefix(name));
                OwnDirectories.move(absolute, old);
                FailPoint.reach("old-moved-aside");
                moveIn(fresh, absolute, old);
                FailPoint.reach("new-moved-in");
                removeOld(old, notes);
            } else {
                OwnDirectories.move(fresh, absolute);
            }
        } catch (IOException | UncheckedIOException e) {
            throw failure(absolute, fresh, e, existed);
        } finally {
            removeFresh(fresh);
        }
        return new Outcome(notes);
    }

    /** A write the file system refused, as invalid input, saying what became of what was there. */
    private static InvalidInputException failure(Path target, Path fresh, Exception e, boolean existed) {
        IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        String outcome;
        if (!existed) {
            outcome = "nothing was written";
        } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            outcome = "the outputs already there are kept as they were";
        } else {
            outcome = "the outputs that were there wait beside it, and the next run puts them back";
        }
        return WriteFailure.of(target, fresh, cause, outcome);
    }

    /** Moves the new outputs in; when that fails, the old ones go back where they were. */
    private static void moveIn(Path fresh, Path target, Path old) throws IOException {
        try {
            FailPoint.fail("moving-in");
            OwnDirectories.move(fresh, target);
        } catch (IOException | RuntimeException e) {
            try {
                OwnDirectories.move(old, target);
            } catch (IOException back) {
                // Left aside, complete: the next run for this target puts it back (recover).
                e.addSuppressed(back);
            }
            throw e;
        }
    }

    /** The old outputs are replaced: failing to delete them is no failure of the run, the next run removes them. */
    private static void removeOld(Path old, List<String> notes) {
        try {
            OwnDirectories.delete(old);
        } catch (IOException e) {
            notes.add("could not remove the earlier outputs moved aside to " + old + " (" + WriteFailure.reason(e)
                    + "); the next run for this directory removes them");
        }
    }

    /** Removes what a failed run wrote; what cannot be removed now the next run removes. */
    private static void removeFresh(Path fresh) {
        if (fresh == null) {
            return;
        }
        try {
            OwnDirectories.delete(fresh);
        } catch (IOException e) {
            // The failure being reported matters more; this leftover is removed by the next run (recover).
        }
    }

    /**
     * Puts back the outputs a killed run left aside, and removes the other directories killed runs
     * left beside {@code target}.
     */
    private static List<String> recover(Path target) throws IOException {
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        List<String> notes = new ArrayList<>();
        for (Path old : OwnDirectories.abandoned(parent, oldPrefix(name))) {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && OutputManifest.readFrom(old).isPresent()) {
                OwnDirectories.move(old, target);
                notes.add("restored the outputs in " + target + " that an interrupted run had moved aside");
            } else {
                OwnDirectories.delete(old);
                notes.add("removed " + old + ", left by an interrupted run");
            }
        }
        for (Path fresh : OwnDirectories.abandoned(parent, newPrefix(name))) {
            OwnDirectories.delete(fresh);
            notes.add("removed " + fresh + ", left by an interrupted run");
        }
        return notes;
    }

    /**
     * Lets {@code work} fill a scratch directory of its own in the temporary folder and returns
     * what it reads there; the directory is removed afterwards, and scratch directories of killed
     * runs are removed first. A temporary folder that will not take the outputs (read-only, full) is
     * invalid input, said in plain words.
     */
    public static <T> T withScratch(ScratchWork<T> work) throws IOException, InvalidInputException {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        Path scratch = null;
        try {
            for (Path abandoned : OwnDirectories.abandoned(temporary, CHECK_PREFIX)) {
                OwnDirectories.delete(abandoned);
            }
            scratch = OwnDirectories.create(temporary, CHECK_PREFIX);
            try {
                FailPoint.fail("scratch-made");
                return work.apply(scratch);
            } finally {
                removeFresh(scratch);
            }
        } catch (IOException e) {
            if (!inScratch(e, temporary)) {
                throw e;
            }
            throw WriteFailure.of(temporary, scratch, e, "the outputs are computed there to be compared; "
                    + "choose another temporary folder with IMPACT_JAVA_OPTS=-Djava.io.tmpdir=DIR");
        }
    }

    /** Whether a failure lies in the temporary folder (a write), not in the outputs compared with (a read). */
    private static boolean inScratch(IOException e, Path temporary) {
        if (!(e instanceof java.nio.file.FileSystemException f) || f.getFile() == null) {
            // A failed write names no file (full, too large): reading the outputs compared with does not fail so.
            return true;
        }
        return Path.of(f.getFile()).toAbsolutePath().normalize().startsWith(temporary);
    }

    private static String newPrefix(String name) {
        return "." + name + ".impact-new-";
    }

    private static String oldPrefix(String name) {
        return "." + name + ".impact-old-";
    }
}
