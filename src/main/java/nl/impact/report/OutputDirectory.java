package nl.impact.report;

import java.io.IOException;
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
     * Fills a new directory and swaps it in as {@code target}. Refuses (as invalid input, before
     * anything is written) a target that is not impact's to replace: see {@link OutputTarget}.
     *
     * @param inputs the files the outputs come from; a target that holds one is refused
     */
    public static Outcome replace(Path target, Collection<Path> inputs, Filler filler)
            throws IOException, InvalidInputException {
        Path absolute = target.toAbsolutePath().normalize();
        OutputTarget.check(absolute, inputs);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        List<String> notes = recover(absolute);
        // A restored directory is impact's by its manifest, but check it as any other.
        OutputTarget.check(absolute, inputs);

        String name = absolute.getFileName().toString();
        Path fresh = OwnDirectories.create(parent, newPrefix(name));
        try {
            filler.fill(fresh);
            OutputManifest.of(fresh, inputs.stream().map(p -> String.valueOf(p.getFileName())).toList())
                    .writeTo(fresh);
            FailPoint.reach("outputs-written");
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                Path old = OwnDirectories.freeName(parent, oldPrefix(name));
                OwnDirectories.move(absolute, old);
                FailPoint.reach("old-moved-aside");
                OwnDirectories.move(fresh, absolute);
                FailPoint.reach("new-moved-in");
                OwnDirectories.delete(old);
            } else {
                OwnDirectories.move(fresh, absolute);
            }
        } finally {
            OwnDirectories.delete(fresh);
        }
        return new Outcome(notes);
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
     * runs are removed first.
     */
    public static <T> T withScratch(ScratchWork<T> work) throws IOException {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        for (Path abandoned : OwnDirectories.abandoned(temporary, CHECK_PREFIX)) {
            OwnDirectories.delete(abandoned);
        }
        Path scratch = OwnDirectories.create(temporary, CHECK_PREFIX);
        try {
            return work.apply(scratch);
        } finally {
            OwnDirectories.delete(scratch);
        }
    }

    private static String newPrefix(String name) {
        return "." + name + ".impact-new-";
    }

    private static String oldPrefix(String name) {
        return "." + name + ".impact-old-";
    }
}
