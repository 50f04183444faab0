package nl.impact.report.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.simulation.AreaNets;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.report.CsvTable;
import nl.impact.report.CsvText;
import nl.impact.report.SensitivityCsv;

/**
 * An area scenario's simulated net over all effect years per gemeente (simulation-gemeenten.csv) and,
 * when asked for, per area (simulation-areas.csv): per financier as gemeenten.csv and areas.csv name
 * them, and in all. See docs/outputs.md.
 */
public final class SimulationAreasCsv {

    public static final String GEMEENTEN = "simulation-gemeenten.csv";
    public static final String AREAS = "simulation-areas.csv";

    private static final List<String> FIGURES = List.of("mean_net", "sd_net", "mcse_mean_net", "p5_net", "p25_net",
            "p50_net", "p75_net", "p95_net", "probability_positive_net");

    private SimulationAreasCsv() {
    }

    /** Writes the files the result has: none without an area table, the areas' only when asked for. */
    public static void write(SimulationResult result, Path directory) throws IOException {
        AreaNets nets = result.areas();
        if (nets == null) {
            return;
        }
        write(result, nets.gemeenten(), directory.resolve(GEMEENTEN), List.of("gemeente", "financier"));
        if (!nets.areas().isEmpty()) {
            write(result, nets.areas(), directory.resolve(AREAS), List.of("area", "name", "gemeente", "financier"));
        }
    }

    private static void write(SimulationResult result, List<AreaNets.Row> rows, Path file, List<String> keys)
            throws IOException {
        List<String> header = new ArrayList<>(keys);
        header.addAll(FIGURES);
        try (CsvTable csv = CsvTable.create(file, header.toArray(new String[0]))) {
            for (AreaNets.Row row : rows) {
                List<String> cells = new ArrayList<>();
                if (row.level() == AreaNets.Level.AREA) {
                    cells.add(CsvText.safe(row.code()));
                    cells.add(CsvText.safe(row.name()));
                }
                cells.add(CsvText.safe(row.gemeente()));
                cells.add(CsvText.safe(row.financier()));
                cells.add(SensitivityCsv.cents(row.mean()));
                cells.add(SensitivityCsv.cents(row.sd()));
                cells.add(SensitivityCsv.cents(row.standardError(result.settings().draws())));
                for (double p : row.percentiles()) {
                    cells.add(SensitivityCsv.cents(p));
                }
                cells.add(SimulationOutputs.probability(row.probabilityPositive()));
                csv.row(cells);
            }
        }
    }
}
