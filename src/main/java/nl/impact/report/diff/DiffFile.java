package nl.impact.report.diff;

import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Pattern;
import nl.impact.report.OutputFile;
import nl.impact.scenario.InvalidInputException;

/**
 * {@code impact diff --out FILE}: one file, under the rules of every output (docs/outputs.md). FILE
 * is never an input, and an existing FILE is replaced only when it is empty or an earlier impact diff
 * report, in any of the four formats, recognised by its opening: anything else is the user's and is
 * refused. The report is written aside in its directory and moved into place, so a reader never sees
 * half of it.
 */
public final class DiffFile {

    private static final String KIND = "an impact diff report";

    /** The openings of the four formats: text, markdown (with and without changes), csv, json. */
    private static final Pattern OPENING = Pattern.compile("\\A(?:impact diff: |### impact diff · |\\*\\*impact diff\\*\\* · "
            + "|" + Pattern.quote(String.join(",", DiffCsv.HEADER)) + "\\r?\\n"
            + "|\\{\\s*\"scenario\" : \".*\",\\s*\"before\" : \".*\",\\s*\"after\" : )");

    private final OutputFile file;

    public DiffFile(Path path) {
        this.file = new OutputFile(path, KIND, DiffFile::isReport);
    }

    /** Refuses, before the scenarios are computed, a FILE that is an input named on the command line or not impact's. */
    public void check(Collection<Path> inputs) throws InvalidInputException {
        file.check(inputs);
    }

    /** Writes the report, refusing FILE when it is one of {@code inputs}: the scenarios and every file they read. */
    public void write(Collection<Path> inputs, String text) throws InvalidInputException {
        file.write(inputs, text);
    }

    /** Whether {@code head}, the start of a file, is the start of a report of impact diff. */
    static boolean isReport(String head) {
        return OPENING.matcher(head).find();
    }
}
