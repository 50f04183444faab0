package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one output writer on a thread of its own while the calling thread runs the others: the
 * outputs of a run are independent files, so on two cores the run takes about as long as its
 * longest writer (bijlage 1) instead of the sum. Each writer writes only its own files from the
 * same immutable outputs, so the bytes do not depend on which finishes first. The call returns only
 * when every writer has finished, also when one failed (the output directory is removed or
 * swapped after it); the first failure is rethrown, the aside writer's before the others'.
 */
final class ParallelWrites {

    private ParallelWrites() {
    }

    static void run(List<OutputWriter> writers, Class<?> aside, RunOutputs outputs, Path directory) throws IOException {
        OutputWriter longest = writers.stream().filter(aside::isInstance).findFirst().orElse(null);
        Beside<Void> task = longest == null ? null : Beside.start(aside.getSimpleName(), () -> {
            longest.write(outputs, directory);
            return null;
        });
        Throwable failure = null;
        try {
            for (OutputWriter writer : writers) {
                if (writer != longest) {
                    writer.write(outputs, directory);
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
        if (task != null) {
            Throwable asideFailure = task.failure();
            if (asideFailure != null) {
                // Out of memory, both threads may get the JVM's one preallocated error: not suppressed by itself.
                if (failure != null && failure != asideFailure) {
                    asideFailure.addSuppressed(failure);
                }
                failure = asideFailure;
            }
        }
        if (failure != null) {
            Beside.rethrow(failure);
        }
    }
}
