package nl.impact.engine;

import java.nio.file.Path;
import java.util.List;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.scenario.InputFolders;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.ScenarioOverride;
import nl.impact.scenario.ScenarioReader;
import nl.impact.scenario.SourceDocument;

/**
 * Reads a scenario file and computes it with the calculators on the class path: the kernaanpakken,
 * then the KPIs, whose calculators read the kernaanpakken's results. The milestones' tranches are
 * checked against the computed begroting.
 */
public final class Computation {

    private Computation() {
    }

    public static RunResult of(Path scenarioFile) throws InvalidInputException {
        return of(scenarioFile, List.of());
    }

    /** Computes the scenario with the command line's {@code --set} overrides applied. */
    public static RunResult of(Path scenarioFile, List<ScenarioOverride> overrides) throws InvalidInputException {
        return of(SourceDocument.read(scenarioFile, overrides));
    }

    /** The same, with the folders besides the scenario's own its tables and workbooks may be read from. */
    public static RunResult of(Path scenarioFile, List<ScenarioOverride> overrides, InputFolders folders)
            throws InvalidInputException {
        return of(SourceDocument.read(scenarioFile, overrides, folders));
    }

    /** Computes a parsed document: a file, or a tree put together from two (a diff's intermediate steps). */
    public static RunResult of(SourceDocument document) throws InvalidInputException {
        CalculatorRegistry calculators = CalculatorRegistry.load();
        KpiCalculatorRegistry kpiCalculators = KpiCalculatorRegistry.load();
        RunResult result = new Engine(calculators).run(new ScenarioReader(calculators, kpiCalculators).read(document));
        TrancheCheck.check(result);
        return new KpiEngine(kpiCalculators).evaluate(result);
    }
}
