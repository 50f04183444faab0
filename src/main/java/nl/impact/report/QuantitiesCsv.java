package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.RunResult;
import nl.impact.model.QuantityResult;
import nl.impact.model.Variant;

/** {@code quantities.csv}: every named quantity a calculator or formula computes, per plan year. */
public final class QuantitiesCsv implements OutputWriter {

    public static final String FILE = "quantities.csv";

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        RunResult result = outputs.result();
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE),
                "kernaanpak", "quantity", "unit", "year", "min", "expected", "max")) {
            for (QuantityResult quantity : result.quantities().toList()) {
                for (Integer year : quantity.values().expected().values().keySet()) {
                    List<String> row = new ArrayList<>(List.of(CsvText.safe(quantity.kernaanpak()),
                            CsvText.safe(quantity.name()), CsvText.safe(quantity.unit()), year.toString()));
                    for (Variant v : Variant.values()) {
                        row.add(Amounts.csv(quantity.values().get(v).at(year)));
                    }
                    csv.row(row);
                }
            }
        }
    }
}
