package nl.impact.report.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;
import nl.impact.engine.RunResult;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.engine.simulation.Simulation;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.engine.simulation.SimulationSettings;
import nl.impact.report.Beside;
import nl.impact.report.OutputDirectory;
import nl.impact.report.html.HtmlReport;
import nl.impact.report.html.ReportPdf;
import nl.impact.report.html.UncertaintyOf;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;

/**
 * Runs a simulation and writes its outputs into a directory, replaced only once all are complete:
 * the CSVs of {@link SimulationOutputs} and report.html with the uncertainty section.
 */
public final class SimulationReports {

    private SimulationReports() {
    }

    /** @param sensitivity the run's one-way sensitivity, whose tornado report.html shows */
    public static SimulationResult write(RunResult result, Sensitivity sensitivity, SimulationSettings settings,
            Path target, LongConsumer progress) throws IOException, InvalidInputException {
        return write(result, sensitivity, settings, target, progress, Optional.empty());
    }

    /** The same, and with {@code pdf} also report.pdf, printed from report.html before the outputs are swapped in. */
    public static SimulationResult write(RunResult result, Sensitivity sensitivity, SimulationSettings settings,
            Path target, LongConsumer progress, Optional<ReportPdf> pdf) throws IOException, InvalidInputException {
        Simulation simulation = Simulation.of(result);
        // Refused before any work: a target impact may not replace, an export beyond its limit or the free space.
        OutputDirectory.check(target, result.scenario().inputs());
        if (settings.exportDraws()) {
            ExportSize size = new ExportSize(DrawsExport.header(simulation.parameters(), simulation.netLevels()).size(),
                    DrawsExport.wholeColumns(simulation.parameters(), result.scenario().years()), settings.draws());
            Optional<String> refusal = size.refusal(OutputDirectory.usableSpace(target));
            if (refusal.isPresent()) {
                throw InvalidInputException.of(new Problem("--export-draws", 0, 0, "", refusal.get()));
            }
        }
        // The report's sections that do not wait on the simulation (charts, the tornado) are made
        // beside it, so that little is left to do once it ends.
        Beside<HtmlReport.Draft> draft = Beside.start("report", () -> HtmlReport.draft(result, sensitivity));
        SimulationResult[] outcome = new SimulationResult[1];
        try {
            OutputDirectory.replace(target, result.scenario().inputs(), dir -> {
                try {
                    if (settings.exportDraws()) {
                        try (DrawsExport export = new DrawsExport(dir, simulation.parameters(), simulation.netLevels(),
                                result.scenario().years().first())) {
                            outcome[0] = simulation.run(settings, progress, export);
                        }
                    } else {
                        outcome[0] = simulation.run(settings, progress, null);
                    }
                } catch (InvalidInputException e) {
                    throw new Refused(e);
                }
                SimulationOutputs.write(outcome[0], dir);
                // The steering group's report of the base case with this simulation's uncertainty section.
                draft.get().write(Optional.of(UncertaintyOf.simulation(outcome[0])), dir);
                if (pdf.isPresent()) {
                    pdf.get().print(dir, result.scenario());
                }
            });
        } catch (Refused e) {
            throw e.invalid;
        }
        return outcome[0];
    }

    /**
     * A draw the simulation refused, carried out of the directory being filled (which is then removed,
     * never swapped in: nothing is written).
     */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InvalidInputException invalid;

        Refused(InvalidInputException invalid) {
            super(invalid.getMessage(), null, false, false);
            this.invalid = invalid;
        }
    }
}
