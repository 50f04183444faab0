package nl.impact.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.impact.engine.KpiResult;
import nl.impact.engine.RunResult;
import nl.impact.model.Band;
import nl.impact.model.KpiBand;
import nl.impact.model.Position;

/**
 * {@code kpis.csv}: per KPI and band year, the band and the scenario's expected value per variant,
 * and where the expected variant lies against the band. A KPI without a model value (measured only)
 * has empty expected and position cells: never zero, which would read as a result.
 */
public final class KpisCsv implements OutputWriter {

    public static final String FILE = "kpis.csv";
    public static final String[] HEADER = {"kpi", "year", "band_min", "band_max", "expected_min", "expected",
        "expected_max", "position"};

    @Override
    public void write(RunResult result, Path directory) throws IOException {
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE), HEADER)) {
            for (KpiResult kpi : result.kpis()) {
                for (KpiBand band : kpi.kpi().bands().values()) {
                    List<String> row = new ArrayList<>(List.of(CsvText.safe(kpi.kpi().id()),
                            Integer.toString(band.year()), Amounts.csv(band.min()), Amounts.csv(band.max())));
                    Optional<Band<BigDecimal>> expected = kpi.expectedAt(band.year());
                    row.add(expected.map(e -> Amounts.csv(e.min())).orElse(""));
                    row.add(expected.map(e -> Amounts.csv(e.expected())).orElse(""));
                    row.add(expected.map(e -> Amounts.csv(e.max())).orElse(""));
                    row.add(kpi.position(band.year()).map(Position::key).orElse(""));
                    csv.row(row);
                }
            }
        }
    }
}
