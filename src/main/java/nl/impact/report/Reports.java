package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.impact.engine.RunResult;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.report.simulation.SimulationOutputs;
import nl.impact.scenario.InvalidInputException;

/** Every output file of {@code impact run}, written together into one directory. */
public final class Reports {

    private static final List<OutputWriter> WRITERS = List.of(new EffectsCsv(), new QuantitiesCsv(), new SummaryCsv(),
            new BudgetCsv(), new BusinessCaseCsv(), new BusinessCaseSummaryCsv(), new KpisCsv(), new SensitivityCsv(),
            new AreasCsv(), new CapacityCsv(),
            new nl.impact.report.excel.BusinessCaseWorkbook(), new nl.impact.report.excel.BegrotingWorkbook(),
            new nl.impact.report.html.HtmlReport());

    /** The writer that takes longest (bijlage 1); {@link #writeInto} runs it beside the others. */
    private static final Class<?> LONGEST = nl.impact.report.excel.BusinessCaseWorkbook.class;

    private Reports() {
    }

    /**
     * Writes all outputs into {@code target}, replacing it only once all are complete and only
     * when it is impact's to replace (docs/outputs.md).
     */
    public static OutputDirectory.Outcome write(RunResult result, Path target) throws IOException, InvalidInputException {
        return write(result, target, CsvDialect.STANDARD);
    }

    /** As {@link #write(RunResult, Path)}, every CSV in {@code dialect}. */
    public static OutputDirectory.Outcome write(RunResult result, Path target, CsvDialect dialect)
            throws IOException, InvalidInputException {
        return OutputDirectory.replace(target, result.scenario().inputs(), dir -> writeInto(result, dir, dialect));
    }

    /**
     * As {@link #write(RunResult, Path, CsvDialect)}, with the Monte Carlo simulation of
     * {@code impact run --draws} (or null for none): its CSVs beside the others, the Onzekerheid
     * sheet in bijlage 1 and the uncertainty section in report.html.
     */
    public static OutputDirectory.Outcome write(RunResult result, Path target, CsvDialect dialect,
            SimulationResult simulation) throws IOException, InvalidInputException {
        return OutputDirectory.replace(target, result.scenario().inputs(),
                dir -> writeInto(result, dir, dialect, simulation));
    }

    /** As {@link #compare(RunResult, Path, CsvDialect)}, for outputs written with {@code simulation} (or null). */
    public static OutputComparison compare(RunResult result, Path existing, CsvDialect dialect,
            SimulationResult simulation) throws IOException, InvalidInputException {
        return OutputDirectory.withScratch(computed -> {
            writeInto(result, computed, dialect, simulation);
            return OutputComparison.of(existing, computed);
        });
    }

    /**
     * Computes what {@link #write} would write, in a temporary directory, and compares it with
     * {@code existing}; writes nothing there.
     */
    public static OutputComparison compare(RunResult result, Path existing) throws IOException, InvalidInputException {
        return compare(result, existing, CsvDialect.STANDARD);
    }

    /** As {@link #compare(RunResult, Path)}, for outputs written in {@code dialect}. */
    public static OutputComparison compare(RunResult result, Path existing, CsvDialect dialect)
            throws IOException, InvalidInputException {
        return OutputDirectory.withScratch(computed -> {
            writeInto(result, computed, dialect);
            return OutputComparison.of(existing, computed);
        });
    }

    /** Writes all outputs into an existing directory. */
    public static void writeInto(RunResult result, Path directory) throws IOException {
        ParallelWrites.run(WRITERS, LONGEST, result, directory);
    }

    /** Writes all outputs, with {@code simulation}'s when it is not null, into an existing directory. */
    public static void writeInto(RunResult result, Path directory, CsvDialect dialect, SimulationResult simulation)
            throws IOException {
        if (simulation == null) {
            writeInto(result, directory, dialect);
            return;
        }
        for (OutputWriter writer : WRITERS) {
            (writer instanceof ShowsSimulation shows ? shows.showing(simulation) : writer).write(result, directory);
        }
        SimulationOutputs.write(simulation, directory);
        CsvTable.recodeAll(directory, dialect);
    }

    /** Writes all outputs into an existing directory, every CSV in {@code dialect}. */
    public static void writeInto(RunResult result, Path directory, CsvDialect dialect) throws IOException {
        writeInto(result, directory);
        CsvTable.recodeAll(directory, dialect);
    }
}
