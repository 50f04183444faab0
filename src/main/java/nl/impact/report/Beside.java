package nl.impact.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A piece of work started on a daemon thread of its own, so that the calling thread can do
 * something else meanwhile (write the other outputs, run a simulation) and take the result when
 * it needs it. A failure of the work is rethrown to the caller as it was thrown.
 */
public final class Beside<T> {

    /** Work that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws IOException;
    }

    private final FutureTask<T> task;

    private Beside(Work<T> work) {
        this.task = new FutureTask<>(work::call);
    }

    /** Starts {@code work} on a daemon thread named {@code impact-<name>}. */
    public static <T> Beside<T> start(String name, Work<T> work) {
        Beside<T> beside = new Beside<>(work);
        Thread thread = new Thread(beside.task, "impact-" + name);
        thread.setDaemon(true);
        thread.start();
        return beside;
    }

    /** Waits for the work (however often this thread is interrupted) and returns its result, or rethrows its failure. */
    public T get() throws IOException {
        Throwable failure = failure();
        if (failure != null) {
            rethrow(failure);
        }
        try {
            return task.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("unreachable: the work has finished", e);
        }
    }

    /** Waits for the work (however often this thread is interrupted); its failure, or null. */
    Throwable failure() {
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

    /** Rethrows {@code failure} as it was thrown: an I/O failure, a runtime exception or an error. */
    static void rethrow(Throwable failure) throws IOException {
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
