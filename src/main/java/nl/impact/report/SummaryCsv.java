package nl.impact.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;

/**
 * {@code summary.csv}: effects added up per financier, per kernaanpak and in all, per year and
 * over all years (year {@code all}).
 */
public final class SummaryCsv implements OutputWriter {

    public static final String FILE = "summary.csv";

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        RunResult result = outputs.result();
        List<Integer> years = result.scenario().years().effectYears().boxed().toList();
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE),
                "dimension", "key", "year", "min", "expected", "max")) {
            for (Totals.Total total : Totals.of(result)) {
                for (Integer year : years) {
                    csv.row(row(total, year.toString(), s -> s.at(year)));
                }
                csv.row(row(total, "all", YearSeries::total));
            }
        }
    }

    private static List<String> row(Totals.Total total, String year, Function<YearSeries, BigDecimal> pick) {
        List<String> row = new ArrayList<>(List.of(total.dimension().name().toLowerCase(Locale.ROOT),
                CsvText.safe(total.key()), year));
        for (Variant v : Variant.values()) {
            row.add(Amounts.csv(pick.apply(total.values().get(v))));
        }
        return row;
    }
}
