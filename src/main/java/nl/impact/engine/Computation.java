package nl.impact.engine;

import java.nio.file.Path;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.ScenarioReader;

/**
 * Reads a scenario file and computes it with the calculators on the class path: the kernaanpakken,
 * then the KPIs, whose calculators read the kernaanpakken's results.
 */
public final class Computation {

    private Computation() {
    }

    public static RunResult of(Path scenarioFile) throws InvalidInputException {
        return of(scenarioFile, new java.util.ArrayList<>());
    }

    /** As {@link #of(Path)}, adding the scenario's warnings to {@code warnings}. */
    public static RunResult of(Path scenarioFile, java.util.List<nl.impact.scenario.Problem> warnings)
            throws InvalidInputException {
        CalculatorRegistry calculators = CalculatorRegistry.load();
        KpiCalculatorRegistry kpiCalculators = KpiCalculatorRegistry.load();
        RunResult result = new Engine(calculators).run(new ScenarioReader(calculators, kpiCalculators)
                .read(scenarioFile, warnings));
        return new KpiEngine(kpiCalculators).evaluate(result);
    }
}
