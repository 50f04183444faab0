package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.impact.report.html.ReportPdf;
import nl.impact.report.simulation.SimulationOutputs;
import nl.impact.scenario.InvalidInputException;

/** Every output file of {@code impact run}, written together into one directory from one record of the run's outputs. */
public final class Reports {

    /**
     * Every writer, longest first, as {@link ParallelWrites} takes them: bijlage 1, then areas.csv
     * (the longest of an area scenario's), then the rest.
     */
    private static final List<OutputWriter> WRITERS = List.of(new nl.impact.report.excel.BusinessCaseWorkbook(),
            new AreasCsv(), new EffectsCsv(), new QuantitiesCsv(), new SummaryCsv(), new BudgetCsv(),
            new BusinessCaseCsv(), new BusinessCaseSummaryCsv(), new KpisCsv(), new SensitivityCsv(),
            new CapacityCsv(), new nl.impact.report.excel.BegrotingWorkbook(),
            new nl.impact.report.excel.MilestoneWorkbook(), new nl.impact.report.html.HtmlReport());

    private Reports() {
    }

    /**
     * Writes all outputs into {@code target}, replacing it only once all are complete and only
     * when it is impact's to replace (docs/outputs.md): with a simulation, its CSVs beside the
     * others, the Onzekerheid sheet in bijlage 1 and the uncertainty section in report.html.
     */
    public static OutputDirectory.Outcome write(RunOutputs outputs, Path target) throws IOException,
            InvalidInputException {
        return write(outputs, Optional.empty(), target);
    }

    /** The same, and with {@code pdf} also report.pdf, printed from report.html before the outputs are swapped in. */
    public static OutputDirectory.Outcome write(RunOutputs outputs, Optional<ReportPdf> pdf, Path target)
            throws IOException, InvalidInputException {
        return OutputDirectory.replace(target, outputs.result().scenario().inputs(), dir -> writeInto(outputs, pdf, dir));
    }

    /**
     * Computes what {@link #write} would write, in a temporary directory, and compares it with
     * {@code existing}; writes nothing there.
     */
    public static OutputComparison compare(RunOutputs outputs, Path existing) throws IOException,
            InvalidInputException {
        // report.pdf is not compared (OutputComparison), so it is not printed either.
        return OutputDirectory.withScratch(computed -> {
            writeInto(outputs, Optional.empty(), computed);
            return OutputComparison.of(existing, computed);
        });
    }

    /** Writes all outputs into an existing directory, every CSV in the outputs' dialect. */
    public static void writeInto(RunOutputs outputs, Path directory) throws IOException {
        writeInto(outputs, Optional.empty(), directory);
    }

    private static void writeInto(RunOutputs outputs, Optional<ReportPdf> pdf, Path directory) throws IOException {
        ParallelWrites.run(WRITERS, outputs, directory);
        if (outputs.simulation().isPresent()) {
            SimulationOutputs.write(outputs.simulation().get(), directory);
        }
        CsvTable.recodeAll(directory, outputs.dialect());
        if (pdf.isPresent()) {
            pdf.get().print(directory, outputs.result().scenario());
        }
    }
}
