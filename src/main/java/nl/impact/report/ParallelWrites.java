package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the output writers on two threads, the calling one and one beside it, each taking the next
 * writer of the list when it is done with one: the outputs of a run are independent files, so on
 * two cores the run takes about as long as half the work, or its longest writer, instead of the
 * sum. The list comes longest first (bijlage 1, then an area scenario's areas.csv), so the two
 * long ones start at once and the short ones fill in after. Each writer writes only its own files
 * from the same immutable outputs, so the bytes do not depend on which thread wrote what.
 *
 * <p>After a failure no writer is started any more; the call returns only when both threads have
 * stopped (the output directory is removed or swapped after it), and rethrows the failure of the
 * writer earliest in the list among those that failed.
 */
final class ParallelWrites {

    private ParallelWrites() {
    }

    static void run(List<OutputWriter> writers, RunOutputs outputs, Path directory) throws IOException {
        Throwable[] failures = new Throwable[writers.size()];
        AtomicInteger next = new AtomicInteger();
        Beside<Void> beside = writers.size() < 2 ? null : Beside.start("writer", () -> {
            take(writers, next, failures, outputs, directory);
            return null;
        });
        take(writers, next, failures, outputs, directory);
        Throwable besideDied = beside == null ? null : beside.failure();
        Throwable failure = null;
        for (Throwable f : failures) {
            if (f != null) {
                if (failure == null) {
                    failure = f;
                } else if (f != failure) {
                    // Out of memory, both threads may get the JVM's one preallocated error: not suppressed by itself.
                    failure.addSuppressed(f);
                }
            }
        }
        if (failure == null) {
            failure = besideDied;
        }
        if (failure != null) {
            Beside.rethrow(failure);
        }
    }

    /** Runs writers in list order, each taken by one thread only, until none is left or one has failed. */
    private static void take(List<OutputWriter> writers, AtomicInteger next, Throwable[] failures,
            RunOutputs outputs, Path directory) {
        for (int i = next.getAndIncrement(); i < writers.size(); i = next.getAndIncrement()) {
            try {
                writers.get(i).write(outputs, directory);
            } catch (IOException | RuntimeException | Error e) {
                failures[i] = e;
                // The other thread takes no new writer after this one.
                next.set(writers.size());
                return;
            }
        }
    }
}
