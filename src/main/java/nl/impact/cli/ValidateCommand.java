package nl.impact.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import nl.impact.engine.RunResult;
import nl.impact.report.HumanNumbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks a scenario and reports every problem found; writes nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  # exit 0 when valid, 2 with every problem on stderr",
            "  impact validate scenarios/pluswijken.yaml",
            "  # the scenario with a what-if, checked like the file",
            "  impact validate scenarios/pluswijken.yaml --set discountRate.value=0.03"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ScenarioOverrides overrides;

    @Mixin
    AllowedPaths allowed;

    @Mixin
    WarningOptions warnings;

    @Mixin
    SensitivityRangeOption sensitivity;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON).")
    Path scenarioFile;

    @Override
    public Integer call() throws Exception {
        // Computing finds what reading cannot: a formula dividing by zero, a derived share above 1.
        List<nl.impact.scenario.Problem> found = new java.util.ArrayList<>();
        RunResult result = WarningOptions.compute(scenarioFile, overrides.overrides(), allowed.folders(), found);
        // Every run writes the one-way sensitivity: each of its cases must be a number too.
        nl.impact.engine.sensitivity.Sensitivity.of(result, sensitivity.range());
        warnings.report(found, spec.commandLine().getErr());
        WhatIfNote.print(overrides, spec.commandLine().getErr());
        spec.commandLine().getOut().printf("%s: valid (%s), %s%n",
                nl.impact.model.Printable.sanitise(scenarioFile.toString()),
                HumanNumbers.of(result.kernaanpakken().size(), "kernaanpak", "kernaanpakken"),
                HumanNumbers.of(result.kpis().size(), "KPI", "KPIs"));
        return ExitCodes.OK;
    }
}
