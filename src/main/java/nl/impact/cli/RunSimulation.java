package nl.impact.cli;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import nl.impact.engine.RunResult;
import nl.impact.engine.simulation.Simulation;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.engine.simulation.SimulationSettings;
import nl.impact.scenario.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code impact run --draws N --seed S}: the simulation of {@code impact simulate} with the same
 * limits and defaults, run for each scenario before anything is written.
 */
final class RunSimulation {

    private final CommandLine commandLine;
    private final Long draws;
    private final long seed;

    private RunSimulation(CommandLine commandLine, Long draws, long seed) {
        this.commandLine = commandLine;
        this.draws = draws;
        this.seed = seed;
    }

    /** Checks the options up front: draws within simulate's limit, a seed only with draws. */
    static RunSimulation of(CommandLine commandLine, Long draws, Long seed) {
        if (draws == null) {
            if (seed != null) {
                throw new ParameterException(commandLine, "--seed needs --draws: without a simulation there is "
                        + "nothing to seed");
            }
            return new RunSimulation(commandLine, null, 0);
        }
        if (draws < 1 || draws > SimulateCommand.MAX_DRAWS) {
            throw new ParameterException(commandLine, "--draws must be from 1 to " + SimulateCommand.MAX_DRAWS
                    + ", got " + draws);
        }
        return new RunSimulation(commandLine, draws, seed == null ? SimulateCommand.DEFAULT_SEED : seed);
    }

    /** The simulation of every result, by result; empty without {@code --draws}. */
    Map<RunResult, SimulationResult> run(Map<Path, RunResult> results) throws InvalidInputException,
            java.io.IOException {
        Map<RunResult, SimulationResult> simulations = new IdentityHashMap<>();
        if (draws == null) {
            return simulations;
        }
        Map<RunResult, Simulation> compiled = new IdentityHashMap<>();
        for (RunResult result : results.values()) {
            compiled.put(result, Simulation.of(result));
        }
        SimulationSettings settings = new SimulationSettings(draws, seed, Runtime.getRuntime().availableProcessors(),
                false);
        for (RunResult result : results.values()) {
            ProgressBar progress = new ProgressBar(commandLine.getErr(), draws);
            simulations.put(result, compiled.get(result).run(settings, progress, null));
            progress.finish();
        }
        return simulations;
    }
}
