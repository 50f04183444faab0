package nl.impact.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.engine.Engine;
import nl.impact.kpi.KpiEngine;
import nl.impact.model.Scenario;
import nl.impact.scenario.ScenarioReader;
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

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON).")
    Path scenarioFile;

    @Override
    public Integer call() throws Exception {
        CalculatorRegistry calculators = CalculatorRegistry.load();
        Scenario scenario = new ScenarioReader(calculators).read(scenarioFile);
        // Computing finds what reading cannot: a formula dividing by zero, a derived share above 1.
        new KpiEngine(KpiCalculatorRegistry.load()).evaluate(new Engine(calculators).run(scenario));
        spec.commandLine().getOut().printf("%s: valid (%d kernaanpakken), %d KPIs%n", scenarioFile,
                scenario.kernaanpakken().size(), scenario.kpis().size());
        return ExitCodes.OK;
    }
}
