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
    /** The position of a KPI that has no band to be judged against. */
    public static final String NO_BAND = "no band";

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        RunResult result = outputs.result();
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
                if (!kpi.kpi().hasBand()) {
                    writeWithoutBand(kpi, csv);
                }
            }
        }
    }

    /**
     * A KPI without a band still gets rows, so no KPI is missing from the file: one per year of its
     * model value, or one at its target year (no year when it has no target) for a measured KPI.
     * The band cells stay empty and the position says {@code no band}.
     */
    private static void writeWithoutBand(KpiResult kpi, CsvTable csv) throws IOException {
        List<String> years = new ArrayList<>();
        if (kpi.hasModelValue()) {
            kpi.expected().expected().values().keySet().forEach(y -> years.add(y.toString()));
        } else {
            years.add(kpi.kpi().target() == null ? "" : Integer.toString(kpi.kpi().target().year()));
        }
        for (String year : years) {
            Optional<Band<BigDecimal>> expected = year.isEmpty() ? Optional.empty()
                    : kpi.expectedAt(Integer.parseInt(year));
            csv.row(List.of(CsvText.safe(kpi.kpi().id()), year, "", "",
                    expected.map(e -> Amounts.csv(e.min())).orElse(""),
                    expected.map(e -> Amounts.csv(e.expected())).orElse(""),
                    expected.map(e -> Amounts.csv(e.max())).orElse(""),
                    NO_BAND));
        }
    }
}
