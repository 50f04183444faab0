package nl.impact.report;

import java.io.IOException;

/**
 * Named moments at which a test can make the process die at once, as {@code kill -9} would, to
 * prove that outputs survive a crash at exactly that moment (the crash test of docs/outputs.md);
 * or make the file system refuse a write there, as a full disk would, to prove that the old
 * outputs survive and nothing half-written stays. Set the system property {@code impact.failAt}
 * (halt) or {@code impact.diskFullAt} (a failing write) to a name; without them nothing happens.
 */
final class FailPoint {

    /** The exit status of a process killed by SIGKILL. */
    private static final int KILLED = 137;

    private FailPoint() {
    }

    static void reach(String name) {
        if (name.equals(System.getProperty("impact.failAt"))) {
            Runtime.getRuntime().halt(KILLED);
        }
    }

    /** Fails as a write on a full file system does, with the operating system's words. */
    static void fail(String name) throws IOException {
        if (name.equals(System.getProperty("impact.diskFullAt"))) {
            throw new IOException("No space left on device");
        }
    }
}
