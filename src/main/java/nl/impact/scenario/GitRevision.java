package nl.impact.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.impact.model.Limits;

/**
 * A scenario file as it was at a git revision, read in the repository that holds the file itself
 * (for a symbolic link, the file it leads to). No repository, no such revision or no such file there
 * is invalid input. The blob's type and size are asked first ({@code git ls-tree -l}); a blob beyond
 * the limit on scenario files is refused without being read, and one within it is read through a
 * bounded stream.
 */
public final class GitRevision {

    /** The most bytes read of what git says about a revision or a tree entry (not of the blob). */
    private static final int MAX_ANSWER = 64 * 1024;

    private GitRevision() {
    }

    public static SourceDocument read(Path file, String revision) throws InvalidInputException {
        return read(file, revision, InputFolders.SCENARIO_ONLY);
    }

    /** The same, with the folders besides its own the scenario's tables and workbooks may be read from. */
    public static SourceDocument read(Path file, String revision, InputFolders folders) throws InvalidInputException {
        String name = revision + ":" + file;
        try {
            InputFile.checkType(file);
        } catch (InputRefused e) {
            throw InvalidInputException.of(new Problem(file.toString(), 0, 0, "", e.getMessage()));
        }
        if (revision.isBlank() || revision.startsWith("-")) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "not a git revision: '" + revision + "'"));
        }
        try {
            Path real = file.toRealPath();
            Output top = git(real.getParent(), MAX_ANSWER, "rev-parse", "--show-toplevel");
            if (top.code() != 0) {
                throw InvalidInputException.of(new Problem(file.toString(), 0, 0, "",
                        "not in a git repository, so --base-ref cannot read an earlier version"));
            }
            Path root = Path.of(top.text().strip()).toRealPath();
            String relative = root.relativize(real).toString().replace(real.getFileSystem().getSeparator(), "/");
            Output commit = git(root, MAX_ANSWER, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
            if (commit.code() != 0) {
                throw InvalidInputException.of(new Problem(name, 0, 0, "", "no such revision in " + root));
            }
            Entry entry = entry(root, commit.text().strip(), relative, name, revision);
            if (entry.size() > Limits.MAX_FILE_BYTES) {
                throw InvalidInputException.of(new Problem(name, 0, 0, "", "a file of " + entry.size()
                        + " bytes at revision " + revision + "; the limit on scenario files is " + Limits.MAX_FILE_BYTES
                        + " bytes"));
            }
            Output blob = git(root, Limits.MAX_FILE_BYTES, "cat-file", "blob", entry.object());
            if (blob.code() != 0 || blob.cut()) {
                throw InvalidInputException.of(new Problem(name, 0, 0, "", blob.cut()
                        ? "more than " + Limits.MAX_FILE_BYTES + " bytes at revision " + revision
                                + "; the limit on scenario files is " + Limits.MAX_FILE_BYTES + " bytes"
                        : "git could not read the file at revision " + revision));
            }
            String text = InputFile.decode(blob.bytes(), "not UTF-8 text at revision " + revision
                    + "; save the file as UTF-8");
            return SourceDocument.parse(file, name, text, List.of(), folders);
        } catch (InputRefused e) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", e.getMessage()));
        } catch (IOException e) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "cannot run git"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "interrupted while running git"));
        }
    }

    /**
     * The date of the last commit that changed {@code file}, in the committer's own time zone, when the
     * file is in a git repository and has no changes since that commit; empty otherwise (no git, not in
     * a repository, a new or changed file): then that commit's date is not the file's.
     */
    public static java.util.Optional<java.time.LocalDate> commitDate(Path file) {
        try {
            return lastLog(file, "%cI").map(text -> java.time.OffsetDateTime.parse(text).toLocalDate());
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The commit (its full hash) that last changed {@code file}, under the same condition as
     * {@link #commitDate}: the file is in a git repository and unchanged since; empty otherwise.
     */
    public static java.util.Optional<String> lastCommit(Path file) {
        return lastLog(file, "%H").filter(text -> text.matches("[0-9a-f]{40,64}"));
    }

    /**
     * {@code git log -1 --format=FORMAT} of the last commit that changed {@code file}, when the file is
     * in a repository and unchanged since that commit; empty otherwise (no git, no repository, a new or
     * changed file, no answer).
     */
    private static java.util.Optional<String> lastLog(Path file, String format) {
        try {
            Path real = file.toRealPath();
            Path dir = real.getParent();
            String name = real.getFileName().toString();
            Output changed = git(dir, MAX_ANSWER, "status", "--porcelain", "--", name);
            if (changed.code() != 0 || !changed.text().isBlank()) {
                return java.util.Optional.empty();
            }
            Output log = git(dir, MAX_ANSWER, "log", "-1", "--format=" + format, "--", name);
            String text = log.text().strip();
            return log.code() == 0 && !text.isEmpty() ? java.util.Optional.of(text) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    /** A file in a commit's tree: its blob's name and size. */
    private record Entry(String object, long size) {
    }

    /** The tree entry at {@code relative}, which must be a file (not a folder, link or submodule). */
    private static Entry entry(Path root, String commit, String relative, String name, String revision)
            throws IOException, InterruptedException, InvalidInputException {
        // "<mode> <type> <object> <size>\t<path>\0", or nothing when the path is not in the tree.
        Output listed = git(root, MAX_ANSWER, "ls-tree", "-l", "-z", commit, "--", relative);
        String line = listed.text();
        int tab = line.indexOf('\t');
        if (listed.code() != 0 || tab < 0) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "the file does not exist at revision "
                    + revision));
        }
        String[] fields = line.substring(0, tab).trim().split(" +");
        String what = switch (fields[0]) {
            case "040000" -> "a directory";
            case "120000" -> "a symbolic link";
            case "160000" -> "a submodule";
            default -> fields.length == 4 && fields[1].equals("blob") ? null : "not a file";
        };
        if (what != null) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "at revision " + revision + " it is "
                    + what + ", not a scenario file"));
        }
        return new Entry(fields[2], Long.parseLong(fields[3]));
    }

    /** What git wrote, at most {@code limit} bytes of it: {@code cut} when there was more. */
    private record Output(int code, byte[] bytes, boolean cut) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs git in {@code dir} without the caller's GIT_* variables: a GIT_DIR set by a hook or a
     * script would make git read another repository than the one that holds the file. Pathspecs are
     * literal, so a file name with '*' or ':' names that file only.
     */
    private static Output git(Path dir, long limit, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "--literal-pathspecs", "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(key -> key.startsWith("GIT_"));
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] bytes;
        boolean cut;
        try (InputStream in = process.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
            cut = in.read() >= 0;
        }
        if (cut) {
            process.destroy();
        }
        return new Output(process.waitFor(), bytes, cut);
    }
}
