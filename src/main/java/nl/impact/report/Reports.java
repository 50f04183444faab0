package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.impact.engine.RunResult;

/** Every output file of {@code impact run}, written together into one directory. */
public final class Reports {

    private static final List<OutputWriter> WRITERS = List.of(new EffectsCsv(), new QuantitiesCsv(), new SummaryCsv(),
            new BudgetCsv(), new BusinessCaseCsv(), new BusinessCaseSummaryCsv(), new KpisCsv(), new AreasCsv(),
            new nl.impact.report.excel.BusinessCaseWorkbook(), new nl.impact.report.excel.BegrotingWorkbook());

    private Reports() {
    }

    /** Writes all outputs into {@code target}, replacing it only once all are complete. */
    public static void write(RunResult result, Path target) throws IOException {
        OutputDirectory.replace(target, dir -> writeInto(result, dir));
    }

    /**
     * Computes what {@link #write} would write, in a temporary directory, and compares it with
     * {@code existing}; writes nothing there.
     */
    public static OutputComparison compare(RunResult result, Path existing) throws IOException {
        Path computed = java.nio.file.Files.createTempDirectory("impact-check-");
        try {
            writeInto(result, computed);
            return OutputComparison.of(existing, computed);
        } finally {
            OutputDirectory.deleteTree(computed);
        }
    }

    /** Writes all outputs into an existing directory. */
    public static void writeInto(RunResult result, Path directory) throws IOException {
        for (OutputWriter writer : WRITERS) {
            writer.write(result, directory);
        }
    }
}
