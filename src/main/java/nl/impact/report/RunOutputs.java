package nl.impact.report;

import java.util.Optional;
import nl.impact.engine.RunResult;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.scenario.InvalidInputException;

/**
 * Everything one run's outputs show, computed once before anything is written and handed to every
 * writer: the exact result, its one-way sensitivity, the Monte Carlo simulation of
 * {@code --draws} (empty without) and how the CSVs are spelled.
 */
public record RunOutputs(RunResult result, Sensitivity sensitivity, Optional<SimulationResult> simulation,
        CsvDialect dialect) {

    /**
     * The outputs of a plain run: the sensitivity of the banded inputs, no simulation, standard CSVs.
     *
     * @throws InvalidInputException when a case of the sensitivity is not a finite number
     */
    public static RunOutputs of(RunResult result) throws InvalidInputException {
        return new RunOutputs(result, Sensitivity.of(result, Sensitivity.Range.NONE), Optional.empty(),
                CsvDialect.STANDARD);
    }

    public RunOutputs withSimulation(SimulationResult value) {
        return new RunOutputs(result, sensitivity, Optional.ofNullable(value), dialect);
    }

    public RunOutputs withDialect(CsvDialect value) {
        return new RunOutputs(result, sensitivity, simulation, value);
    }
}
