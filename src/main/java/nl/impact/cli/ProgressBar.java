package nl.impact.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/**
 * A progress line on stderr, redrawn with a carriage return; only on an interactive terminal
 * outside CI, so nothing of it reaches a pipe, a file or a CI log.
 */
final class ProgressBar implements LongConsumer {

    private final PrintWriter err;
    private final long total;
    private final boolean shown;
    private int lastPercent = -1;

    ProgressBar(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
        this.shown = System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void accept(long done) {
        if (!shown) {
            return;
        }
        int percent = (int) (100 * done / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            int filled = percent / 5;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(20 - filled) + "] " + percent + "%");
            err.flush();
        }
    }

    void finish() {
        if (shown && lastPercent >= 0) {
            err.print("\r" + " ".repeat(30) + "\r");
            err.flush();
        }
    }
}
