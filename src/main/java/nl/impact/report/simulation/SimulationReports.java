package nl.impact.report.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongConsumer;
import nl.impact.engine.RunResult;
import nl.impact.engine.simulation.Simulation;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.engine.simulation.SimulationSettings;
import nl.impact.report.OutputDirectory;
import nl.impact.report.html.HtmlReport;
import nl.impact.report.html.UncertaintyOf;
import nl.impact.scenario.InvalidInputException;

/**
 * Runs a simulation and writes its outputs into a directory, replaced only once all are complete:
 * the CSVs of {@link SimulationOutputs} and report.html with the uncertainty section.
 */
public final class SimulationReports {

    private SimulationReports() {
    }

    public static SimulationResult write(RunResult result, SimulationSettings settings, Path target,
            LongConsumer progress) throws IOException, InvalidInputException {
        Simulation simulation = Simulation.of(result);
        // The report's sections that do not wait on the simulation (charts, the one-way sensitivity
        // behind the tornado) are made beside it, so that little is left to do once it ends.
        FutureTask<HtmlReport.Draft> draft = new FutureTask<>(() -> HtmlReport.draft(result));
        Thread beside = new Thread(draft, "impact-report");
        beside.setDaemon(true);
        beside.start();
        SimulationResult[] outcome = new SimulationResult[1];
        OutputDirectory.replace(target, java.util.List.of(result.scenario().file()), dir -> {
            if (settings.exportDraws()) {
                try (DrawsExport export = new DrawsExport(dir, simulation.parameters(), simulation.netLevels(),
                        result.scenario().years().first())) {
                    outcome[0] = simulation.run(settings, progress, export);
                }
            } else {
                outcome[0] = simulation.run(settings, progress, null);
            }
            SimulationOutputs.write(outcome[0], dir);
            // The steering group's report of the base case with this simulation's uncertainty section.
            finished(draft).write(Optional.of(UncertaintyOf.simulation(outcome[0])), dir);
        });
        return outcome[0];
    }

    private static HtmlReport.Draft finished(FutureTask<HtmlReport.Draft> draft) throws IOException {
        try {
            return draft.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing report.html", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("report.html failed: " + e.getCause(), e.getCause());
        }
    }
}
