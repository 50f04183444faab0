package nl.impact.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.report.ConsoleSummary;
import nl.impact.report.KpiConsole;
import nl.impact.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Computes a scenario and writes its outputs (CSV) into a directory.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON).")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the outputs (default: out/<scenario file name without extension>).")
    Path out;

    @Override
    public Integer call() throws Exception {
        RunResult result = Computation.of(scenarioFile);
        Path target = out != null ? out : Path.of("out", baseName(scenarioFile));
        Reports.write(result, target);
        if (!result.kernaanpakken().isEmpty()) {
            // A scenario of targets only has no effects to add up.
            ConsoleSummary.print(result, spec.commandLine().getOut());
        }
        KpiConsole.print(result, spec.commandLine().getOut());
        spec.commandLine().getErr().println("Outputs written to " + target);
        return ExitCodes.OK;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
