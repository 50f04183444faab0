package nl.impact.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.report.AreaConsole;
import nl.impact.report.ConsoleBusinessCase;
import nl.impact.report.ConsoleSummary;
import nl.impact.report.KpiConsole;
import nl.impact.report.OutputComparison;
import nl.impact.report.Reports;
import nl.impact.report.SensitivityConsole;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Computes a scenario and writes its outputs (CSV files and the Excel bijlagen 1 and 2) into a directory.",
                "With --check DIR it writes nothing: it computes the outputs aside and compares them with DIR, "
                        + "listing each file that differs, is missing or is extra on stderr (exit 3), "
                        + "or exit 0 when all are identical."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON).")
    Path scenarioFile;

    @ArgGroup(exclusive = true)
    Target target = new Target();

    /** Either write the outputs or check existing ones, not both. */
    static final class Target {
        @Option(names = "--out", paramLabel = "DIR",
                description = "Where to write the outputs (default: out/<scenario file name without extension>).")
        Path out;

        @Option(names = "--check", paramLabel = "DIR",
                description = "Compare the outputs already in DIR with freshly computed ones; DIR is left untouched.")
        Path check;
    }

    @Override
    public Integer call() throws Exception {
        RunResult result = Computation.of(scenarioFile);
        if (target.check != null) {
            return check(result, target.check);
        }
        Path dir = target.out != null ? target.out : Path.of("out", baseName(scenarioFile));
        Reports.write(result, dir).notes().forEach(n -> spec.commandLine().getErr().println("note: " + n));
        if (!result.kernaanpakken().isEmpty()) {
            // A scenario of targets only has no effects to add up.
            ConsoleSummary.print(result, spec.commandLine().getOut());
        }
        ConsoleBusinessCase.print(result, spec.commandLine().getOut());
        AreaConsole.print(result, spec.commandLine().getOut());
        KpiConsole.print(result, spec.commandLine().getOut());
        SensitivityConsole.print(result, spec.commandLine().getOut());
        spec.commandLine().getErr().println("Outputs written to " + dir);
        return ExitCodes.OK;
    }

    /** Compares the outputs in {@code dir} with the computed ones; reports on stderr only. */
    private int check(RunResult result, Path dir) throws IOException, InvalidInputException {
        if (!Files.isDirectory(dir)) {
            throw InvalidInputException.of(new Problem(dir.toString(), 0, 0, "",
                    "no such directory to check the outputs against"));
        }
        OutputComparison comparison = Reports.compare(result, dir);
        PrintWriter err = spec.commandLine().getErr();
        if (comparison.identical()) {
            err.println("Outputs in " + dir + " are up to date.");
            return ExitCodes.OK;
        }
        comparison.differing().forEach(f -> err.println("differs: " + f));
        comparison.missing().forEach(f -> err.println("missing: " + f));
        comparison.extra().forEach(f -> err.println("extra: " + f));
        err.printf("Outputs in %s are out of date: %d differing, %d missing, %d extra.%n", dir,
                comparison.differing().size(), comparison.missing().size(), comparison.extra().size());
        return ExitCodes.OUTPUTS_DIFFER;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
