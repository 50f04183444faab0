package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.CapacityTotals;
import nl.impact.engine.RunResult;
import nl.impact.model.Band;
import nl.impact.model.CapacityResult;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;

/**
 * {@code capacity.csv}: the effects in hours, FTE or persons, one row per kernaanpak, effect,
 * domain and effect year like effects.csv, with their unit; then total rows per unit, per
 * financier and over all financiers. None of it is in euros or in the business case.
 */
public final class CapacityCsv implements OutputWriter {

    public static final String FILE = "capacity.csv";
    /** The kernaanpak of a total row. */
    static final String TOTAL = "total";

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        RunResult result = outputs.result();
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE),
                "kernaanpak", "effect", "domain", "financier", "unit", "year", "min", "expected", "max")) {
            for (CapacityResult c : result.capacity().toList()) {
                rows(csv, List.of(CsvText.safe(c.kernaanpak()), CsvText.safe(c.effect()), CsvText.safe(c.domain()),
                        CsvText.safe(c.financier()), c.unit().key()), c.values());
            }
            for (CapacityTotals.Total total : CapacityTotals.of(result)) {
                rows(csv, List.of(TOTAL, "", CapacityTotals.ALL, CsvText.safe(total.financier()), total.unit().key()),
                        total.values());
            }
        }
    }

    private static void rows(CsvTable csv, List<String> first, Band<YearSeries> values) throws IOException {
        for (Integer year : values.expected().values().keySet()) {
            List<String> row = new ArrayList<>(first);
            row.add(year.toString());
            for (Variant v : Variant.values()) {
                row.add(Amounts.csv(values.get(v).at(year)));
            }
            csv.row(row);
        }
    }
}
