package nl.impact.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A piece of work started on a daemon thread of its own, so that the calling thread can do
 * something else meanwhile (write the other outputs, run a simulation) and take the result when
 * it needs it. A failure of the work is rethrown to the caller as it was thrown.
 *
 * <p>The caller waits by joining the thread, which returns however the thread ends. A
 * {@code FutureTask} could leave it waiting for ever: when the heap ran out, its own bookkeeping
 * of the failure failed too, and the thread died with the task still unfinished.
 */
public final class Beside<T> {

    /** Work that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws IOException;
    }

    private final Thread thread;
    private volatile T result;
    private volatile Throwable failure;
    private volatile boolean finished;

    private Beside(Work<T> work, String name) {
        // Plain stores only once the work has ended: nothing there needs memory the work may have used up.
        this.thread = new Thread(() -> {
            try {
                result = work.call();
                finished = true;
            } catch (Throwable e) {
                failure = e;
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code work} on a daemon thread named {@code impact-<name>}. */
    public static <T> Beside<T> start(String name, Work<T> work) {
        Beside<T> beside = new Beside<>(work, "impact-" + name);
        beside.thread.start();
        return beside;
    }

    /** Waits for the work (however often this thread is interrupted) and returns its result, or rethrows its failure. */
    public T get() throws IOException {
        Throwable failed = failure();
        if (failed != null) {
            rethrow(failed);
        }
        return result;
    }

    /** Waits for the work (however often this thread is interrupted); its failure, or null. */
    Throwable failure() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            return failure;
        }
        // Ended without a result or a failure it could record: it died of something thrown on its way out.
        return finished ? null : new IllegalStateException("thread " + thread.getName() + " stopped before its work was done");
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
