package nl.impact.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import nl.impact.engine.RunResult;

/**
 * Runs one output writer on a thread of its own while the calling thread runs the others: the
 * outputs of a run are independent files, so on two cores the run takes about as long as its
 * longest writer (bijlage 1) instead of the sum. Each writer writes only its own files from the
 * same immutable result, so the bytes do not depend on which finishes first. The call returns only
 * when every writer has finished, also when one failed (the output directory is removed or
 * swapped after it); the first failure is rethrown, the aside writer's before the others'.
 */
final class ParallelWrites {

    private ParallelWrites() {
    }

    static void run(List<OutputWriter> writers, Class<?> aside, RunResult result, Path directory) throws IOException {
        OutputWriter longest = writers.stream().filter(aside::isInstance).findFirst().orElse(null);
        FutureTask<Void> task = null;
        if (longest != null) {
            task = new FutureTask<>(() -> {
                longest.write(result, directory);
                return null;
            });
            Thread thread = new Thread(task, "impact-" + aside.getSimpleName());
            thread.setDaemon(true);
            thread.start();
        }
        Throwable failure = null;
        try {
            for (OutputWriter writer : writers) {
                if (writer != longest) {
                    writer.write(result, directory);
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
        if (task != null) {
            Throwable asideFailure = await(task);
            if (asideFailure != null) {
                if (failure != null) {
                    asideFailure.addSuppressed(failure);
                }
                failure = asideFailure;
            }
        }
        rethrow(failure);
    }

    /** Waits for the task however often the thread is interrupted; its failure, or null. */
    private static Throwable await(FutureTask<Void> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return null;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new UncheckedIOException(new IOException(failure));
    }
}
