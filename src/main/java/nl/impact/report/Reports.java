package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.impact.engine.RunResult;
import nl.impact.scenario.InvalidInputException;

/** Every output file of {@code impact run}, written together into one directory. */
public final class Reports {

    private static final List<OutputWriter> WRITERS = List.of(new EffectsCsv(), new QuantitiesCsv(), new SummaryCsv(),
            new BudgetCsv(), new BusinessCaseCsv(), new BusinessCaseSummaryCsv(), new KpisCsv(), new SensitivityCsv(),
            new AreasCsv(), new CapacityCsv(),
            new nl.impact.report.excel.BusinessCaseWorkbook(), new nl.impact.report.excel.BegrotingWorkbook(),
            new nl.impact.report.html.HtmlReport());

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
        return OutputDirectory.replace(target, List.of(result.scenario().file()), dir -> writeInto(result, dir, dialect));
    }

    /**
     * Computes what {@link #write} would write, in a temporary directory, and compares it with
     * {@code existing}; writes nothing there.
     */
    public static OutputComparison compare(RunResult result, Path existing) throws IOException {
        return compare(result, existing, CsvDialect.STANDARD);
    }

    /** As {@link #compare(RunResult, Path)}, for outputs written in {@code dialect}. */
    public static OutputComparison compare(RunResult result, Path existing, CsvDialect dialect) throws IOException {
        return OutputDirectory.withScratch(computed -> {
            writeInto(result, computed, dialect);
            return OutputComparison.of(existing, computed);
        });
    }

    /** Writes all outputs into an existing directory. */
    public static void writeInto(RunResult result, Path directory) throws IOException {
        for (OutputWriter writer : WRITERS) {
            writer.write(result, directory);
        }
    }

    /** Writes all outputs into an existing directory, every CSV in {@code dialect}. */
    public static void writeInto(RunResult result, Path directory, CsvDialect dialect) throws IOException {
        writeInto(result, directory);
        CsvTable.recodeAll(directory, dialect);
    }
}
