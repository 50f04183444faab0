package nl.impact.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.impact.model.Printable;
import nl.impact.report.html.HtmlReport;

/**
 * The stderr lines of a command that wrote outputs: where they went (and, for a what-if, that the
 * baseline's folder was left alone), and last the file to open first. Stdout stays for results.
 */
final class OutputsWritten {

    private OutputsWritten() {
    }

    /**
     * "Outputs written to DIR"; when {@code dir} is a what-if's own folder beside {@code baseline},
     * says that the baseline's folder is left as it was.
     */
    static void print(PrintWriter err, Path dir, Path baseline) {
        String whatIf = dir.equals(baseline) ? ""
                : " (a what-if, in its own folder: " + baseline + " is left as it was)";
        err.println(Printable.sanitise("Outputs written to " + dir + whatIf));
    }

    /** The run's last line: the report.html of each folder written, the file a person opens first. */
    static void openFirst(PrintWriter err, List<Path> dirs) {
        if (!dirs.isEmpty()) {
            err.println(Printable.sanitise("Open first: " + dirs.stream().map(d -> d.resolve(HtmlReport.FILE).toString())
                    .collect(Collectors.joining(", "))));
        }
    }
}
