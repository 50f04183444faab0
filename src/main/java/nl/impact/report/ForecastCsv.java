package nl.impact.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.model.Variant;
import nl.impact.monitor.Forecast;
import nl.impact.monitor.Ledger;
import nl.impact.monitor.StopConsequence;

/**
 * {@code forecast.csv}: the business case of the plan, of the forecast from the realisations, and of
 * each stop the spelregels allow, per financier, kernaanpak, measure and year, with the difference
 * from the case it stands beside: the forecast's from the plan, a stop's from the forecast
 * (docs/outputs.md).
 */
public final class ForecastCsv {

    public static final String FILE = "forecast.csv";
    public static final String[] HEADER = {"case", "kpi", "stop_from", "financier", "kernaanpak", "measure", "year",
        "min", "expected", "max", "difference_min", "difference_expected", "difference_max"};
    private static final String ALL = "all";
    private static final String[] MEASURES = {"benefits", "investments", "net"};

    private ForecastCsv() {
    }

    /** Writes the file; with no forecast (a scenario with an area table) only its header. */
    public static void write(Forecast forecast, List<StopConsequence> stops, Path directory) throws IOException {
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE), HEADER)) {
            if (forecast == null) {
                return;
            }
            Ledger plan = new Ledger(forecast.plan());
            Ledger realised = new Ledger(forecast.forecast());
            rows(csv, "plan", "", "", plan, null);
            rows(csv, "forecast", "", "", realised, plan);
            for (StopConsequence stop : stops) {
                rows(csv, "stop", stop.kpi().id(), Integer.toString(stop.stopFrom()), new Ledger(stop.result()), realised);
            }
        }
    }

    private static void rows(CsvTable csv, String kase, String kpi, String stopFrom, Ledger ledger, Ledger beside)
            throws IOException {
        List<String> financiers = new ArrayList<>(ledger.financiers());
        financiers.add(ALL);
        List<String> kernaanpakken = new ArrayList<>(ledger.kernaanpakken());
        kernaanpakken.add(ALL);
        List<String> years = new ArrayList<>(ledger.years().stream().map(String::valueOf).toList());
        years.add(ALL);
        for (String financier : financiers) {
            for (String kernaanpak : kernaanpakken) {
                for (String measure : MEASURES) {
                    for (String year : years) {
                        List<String> row = new ArrayList<>(List.of(kase, CsvText.safe(kpi), stopFrom,
                                CsvText.safe(financier), CsvText.safe(kernaanpak), measure, year));
                        String f = financier.equals(ALL) ? null : financier;
                        String k = kernaanpak.equals(ALL) ? null : kernaanpak;
                        Integer y = year.equals(ALL) ? null : Integer.valueOf(year);
                        for (Variant v : Variant.values()) {
                            row.add(Amounts.csv(value(ledger, measure, f, k, y, v)));
                        }
                        for (Variant v : Variant.values()) {
                            row.add(beside == null ? "" : Amounts.csv(value(ledger, measure, f, k, y, v)
                                    .subtract(value(beside, measure, f, k, y, v))));
                        }
                        csv.row(row);
                    }
                }
            }
        }
    }

    static BigDecimal value(Ledger ledger, String measure, String financier, String kernaanpak, Integer year,
            Variant variant) {
        return switch (measure) {
            case "benefits" -> ledger.benefits(financier, kernaanpak, year, variant);
            case "investments" -> ledger.investments(financier, kernaanpak, year, variant);
            default -> ledger.net(financier, kernaanpak, year, variant);
        };
    }
}
