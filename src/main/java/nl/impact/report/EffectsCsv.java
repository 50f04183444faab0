package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.RunResult;
import nl.impact.model.EffectResult;
import nl.impact.model.Variant;

/** {@code effects.csv}: one row per kernaanpak, effect, domain and year, in euros (a cost is negative). */
public final class EffectsCsv implements OutputWriter {

    public static final String FILE = "effects.csv";

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        RunResult result = outputs.result();
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE),
                "kernaanpak", "effect", "domain", "financier", "year", "min", "expected", "max")) {
            for (EffectResult effect : result.effects().toList()) {
                for (Integer year : effect.values().expected().values().keySet()) {
                    List<String> row = new ArrayList<>(List.of(CsvText.safe(effect.kernaanpak()),
                            CsvText.safe(effect.effect()), CsvText.safe(effect.domain()),
                            CsvText.safe(effect.financier()), year.toString()));
                    for (Variant v : Variant.values()) {
                        row.add(Amounts.csv(effect.values().get(v).at(year)));
                    }
                    csv.row(row);
                }
            }
        }
    }
}
