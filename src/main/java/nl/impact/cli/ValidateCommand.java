package nl.impact.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import nl.impact.engine.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks a scenario and reports every problem found; writes nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ScenarioOverrides overrides;

    @Mixin
    WarningOptions warnings;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON).")
    Path scenarioFile;

    @Override
    public Integer call() throws Exception {
        // Computing finds what reading cannot: a formula dividing by zero, a derived share above 1.
        List<nl.impact.scenario.Problem> found = new java.util.ArrayList<>();
        RunResult result = WarningOptions.compute(scenarioFile, overrides.overrides(), found);
        warnings.report(found, spec.commandLine().getErr());
        WhatIfNote.print(overrides, spec.commandLine().getErr());
        spec.commandLine().getOut().printf("%s: valid (%d kernaanpakken), %d KPIs%n", scenarioFile,
                result.kernaanpakken().size(), result.kpis().size());
        return ExitCodes.OK;
    }
}
