package nl.impact.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import picocli.CommandLine.Option;

/**
 * {@code --strict} for the commands that read a scenario (validate, run), and the one place where
 * a scenario's warnings are printed: on stderr, before anything else, never changing the exit code
 * unless {@code --strict} makes them problems (exit 2, nothing written).
 */
public final class WarningOptions {

    @Option(names = "--strict", description = "Treat warnings (a number that looks like a Dutch thousands separator, "
            + "...) as errors: exit 2 and write nothing.")
    boolean strict;

    /** Computes the scenario, printing its warnings, or failing on them with {@code --strict}. */
    RunResult compute(Path scenarioFile, PrintWriter err) throws InvalidInputException {
        List<Problem> warnings = new ArrayList<>();
        RunResult result = Computation.of(scenarioFile, warnings);
        if (strict && !warnings.isEmpty()) {
            throw new InvalidInputException(warnings);
        }
        warnings.forEach(w -> err.println("warning: " + w.format()));
        return result;
    }
}
