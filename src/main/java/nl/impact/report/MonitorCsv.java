package nl.impact.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import nl.impact.monitor.Judgement;

/**
 * {@code monitor.csv}: the spelregels' verdict per KPI and band year up to the monitored year. A
 * missing realisation has empty value cells and the verdict {@code missing}.
 */
public final class MonitorCsv {

    public static final String FILE = "monitor.csv";
    public static final String[] HEADER = {"kpi", "year", "band_min", "band_max", "realised", "correction",
        "corrected", "position", "below_in_row", "verdict"};

    private MonitorCsv() {
    }

    public static void write(List<Judgement> judgements, Path directory) throws IOException {
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE), HEADER)) {
            for (Judgement j : judgements) {
                csv.row(List.of(CsvText.safe(j.kpi()), Integer.toString(j.year()), Amounts.csv(j.band().min()),
                        Amounts.csv(j.band().max()), orEmpty(j.realised()), orEmpty(j.correction()),
                        orEmpty(j.corrected()), j.position() == null ? "" : j.position().key(),
                        Integer.toString(j.belowInRow()), j.verdict().key()));
            }
        }
    }

    private static String orEmpty(BigDecimal value) {
        return value == null ? "" : Amounts.csv(value);
    }
}
