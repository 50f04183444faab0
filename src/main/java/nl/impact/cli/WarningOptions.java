package nl.impact.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.scenario.InputFolders;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.ScenarioOverride;
import nl.impact.scenario.SourceDocument;
import picocli.CommandLine.Option;

/**
 * {@code --strict} for the commands that read a scenario (validate, run, simulate, monitor), and the
 * one place where the warnings of a scenario, its {@code --set}s and its tables are printed: on
 * stderr, never changing the exit code unless {@code --strict} makes them problems (exit 2, nothing
 * written).
 */
public final class WarningOptions {

    @Option(names = "--strict", description = "Treat warnings (a number written like 7.000, which reads as 7, not "
            + "as a Dutch seven thousand) as errors: exit 2 and write nothing.")
    boolean strict;

    /** Computes a scenario, adding the warnings its reading found to {@code warnings}. */
    static RunResult compute(Path file, List<ScenarioOverride> overrides, InputFolders folders, List<Problem> warnings)
            throws InvalidInputException {
        SourceDocument document = SourceDocument.read(file, overrides, folders);
        RunResult result = Computation.of(document);
        warnings.addAll(document.problems().warnings());
        return result;
    }

    /** Prints the warnings, or with {@code --strict} fails on them before anything is written. */
    void report(List<Problem> warnings, PrintWriter err) throws InvalidInputException {
        if (strict && !warnings.isEmpty()) {
            throw new InvalidInputException(warnings);
        }
        warnings.forEach(w -> err.println("warning: " + w.format()));
    }
}
