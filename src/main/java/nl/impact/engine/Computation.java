package nl.impact.engine;

import java.nio.file.Path;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.ScenarioReader;

/** Reads a scenario file and computes it with the calculators on the class path. */
public final class Computation {

    private Computation() {
    }

    public static RunResult of(Path scenarioFile) throws InvalidInputException {
        CalculatorRegistry calculators = CalculatorRegistry.load();
        return new Engine(calculators).run(new ScenarioReader(calculators).read(scenarioFile));
    }
}
