package nl.impact.report.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.impact.engine.simulation.KpiProbabilities;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.report.CsvTable;
import nl.impact.report.CsvText;

/**
 * simulation-kpis.csv: per KPI with a band and a model value, and per band year, the probability
 * over the draws that the KPI lands below, within and above its band. See docs/outputs.md.
 */
public final class SimulationKpisCsv {

    public static final String FILE = "simulation-kpis.csv";

    private SimulationKpisCsv() {
    }

    public static void write(SimulationResult result, Path file) throws IOException {
        try (CsvTable csv = CsvTable.create(file, "kpi", "year", "probability_below", "probability_within",
                "probability_above")) {
            for (KpiProbabilities.Row row : result.kpis()) {
                csv.row(List.of(CsvText.safe(row.kpi()), Integer.toString(row.year()),
                        SimulationOutputs.probability(row.below()), SimulationOutputs.probability(row.within()),
                        SimulationOutputs.probability(row.above())));
            }
        }
    }

    /** The rows with the largest probability below the band (ties: file order), at most {@code limit}. */
    public static List<KpiProbabilities.Row> mostLikelyBelow(SimulationResult result, int limit) {
        return result.kpis().stream().filter(r -> r.below() > 0)
                .sorted(java.util.Comparator.comparingDouble(KpiProbabilities.Row::below).reversed())
                .limit(limit).toList();
    }
}
