package nl.impact.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs git for tests of {@code --base-ref}: in a repository of the test's own, with its own author,
 * never with a {@code GIT_DIR} or other {@code GIT_*} variable of the shell or hook that started the
 * build (which would make git read or write another repository).
 */
public final class Git {

    private Git() {
    }

    /** A new repository in {@code repo} with everything in it committed. */
    public static void repository(Path repo, String message) throws IOException, InterruptedException {
        run(repo, "init", "-q");
        commit(repo, message);
    }

    /** Commits everything in {@code repo} as it is now, added, changed and removed files alike. */
    public static void commit(Path repo, String message) throws IOException, InterruptedException {
        run(repo, "add", "-A", ".");
        run(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", "commit", "-q",
                "--allow-empty", "-m", message);
    }

    /** {@code git ARGS} in {@code repo}, which must succeed. */
    public static void run(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
        assertThat(builder.start().waitFor()).as("git %s in %s", String.join(" ", args), repo).isZero();
    }
}
