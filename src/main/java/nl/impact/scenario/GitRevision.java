package nl.impact.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario file as it was at a git revision, read with {@code git show REV:path} in the repository
 * that holds the file. No repository, no such revision or no such file there is invalid input.
 */
public final class GitRevision {

    private GitRevision() {
    }

    public static SourceDocument read(Path file, String revision) throws InvalidInputException {
        String name = revision + ":" + file;
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(new Problem(file.toString(), 0, 0, "", "file not found"));
        }
        if (revision.isBlank() || revision.startsWith("-")) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "not a git revision: '" + revision + "'"));
        }
        try {
            Path real = file.toRealPath();
            Path dir = real.getParent();
            Output top = git(dir, "rev-parse", "--show-toplevel");
            if (top.code() != 0) {
                throw InvalidInputException.of(new Problem(file.toString(), 0, 0, "",
                        "not in a git repository, so --base-ref cannot read an earlier version"));
            }
            Path root = Path.of(top.text().strip()).toRealPath();
            String relative = root.relativize(real).toString().replace(real.getFileSystem().getSeparator(), "/");
            Output commit = git(root, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
            if (commit.code() != 0) {
                throw InvalidInputException.of(new Problem(name, 0, 0, "", "no such revision in " + root));
            }
            Output shown = git(root, "show", revision + ":" + relative);
            if (shown.code() != 0) {
                throw InvalidInputException.of(new Problem(name, 0, 0, "", "the file does not exist at revision "
                        + revision));
            }
            return SourceDocument.parse(file, name, shown.text(), List.of());
        } catch (IOException e) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "cannot run git: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "interrupted while running git"));
        }
    }

    private record Output(int code, String text) {
    }

    private static Output git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        return new Output(process.waitFor(), out.toString(StandardCharsets.UTF_8));
    }
}
