package nl.impact.report;

/**
 * Named moments at which a test can make the process die at once, as {@code kill -9} would, to
 * prove that outputs survive a crash at exactly that moment (the crash test of docs/outputs.md).
 * Set the system property {@code impact.failAt} to a name; without it nothing happens.
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
}
