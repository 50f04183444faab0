package nl.impact.report.simulation;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.impact.calc.distribution.BandDistribution;
import nl.impact.engine.Totals;
import nl.impact.engine.simulation.Levels;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.model.Parameter;
import nl.impact.model.Variant;
import nl.impact.report.CsvTable;
import nl.impact.report.CsvText;
import nl.impact.report.SensitivityCsv;

/**
 * The CSV files of {@code impact simulate}: simulation.csv, simulation-financiers.csv,
 * simulation-break-even.csv and simulation-metadata.csv, simulation-kpis.csv, and for an area scenario
 * simulation-gemeenten.csv (and simulation-areas.csv on request). See docs/outputs.md.
 */
public final class SimulationOutputs {

    public static final String SIMULATION = "simulation.csv";
    public static final String FINANCIERS = "simulation-financiers.csv";
    public static final String BREAK_EVEN = "simulation-break-even.csv";
    public static final String METADATA = "simulation-metadata.csv";

    private SimulationOutputs() {
    }

    public static void write(SimulationResult result, Path directory) throws IOException {
        simulation(result, directory.resolve(SIMULATION));
        financiers(result, directory.resolve(FINANCIERS));
        breakEven(result, directory.resolve(BREAK_EVEN));
        metadata(result, directory.resolve(METADATA));
        SimulationKpisCsv.write(result, directory.resolve(SimulationKpisCsv.FILE));
        SimulationAreasCsv.write(result, directory);
    }

    /** The level column: financier, kernaanpak or total, the word every CSV uses for a total. */
    public static String level(Levels.Level level) {
        return level.dimension() == Totals.Dimension.TOTAL ? "total" : level.dimension().name().toLowerCase(Locale.ROOT);
    }

    /** The name column: the financier, the kernaanpak id, or total. */
    public static String name(Levels.Level level) {
        return level.dimension() == Totals.Dimension.TOTAL ? "total" : level.key();
    }

    private static void simulation(SimulationResult result, Path file) throws IOException {
        try (CsvTable csv = CsvTable.create(file, "level", "name", "measure", "year", "mean", "sd", "p5", "p25", "p50",
                "p75", "p95", "probability_positive")) {
            for (SimulationResult.Row row : result.rows()) {
                List<String> cells = new ArrayList<>(List.of(level(row.level()), CsvText.safe(name(row.level())),
                        row.measure(), row.year() == 0 ? "all" : Integer.toString(row.year()),
                        SensitivityCsv.cents(row.mean()), SensitivityCsv.cents(row.sd())));
                for (double p : row.percentiles()) {
                    cells.add(SensitivityCsv.cents(p));
                }
                cells.add(probability(row.probabilityPositive()));
                csv.row(cells);
            }
        }
    }

    private static void financiers(SimulationResult result, Path file) throws IOException {
        try (CsvTable csv = CsvTable.create(file, "financier", "mean_net", "mcse_mean_net", "p5_net", "p50_net",
                "p95_net", "probability_positive_net")) {
            for (SimulationResult.Row row : netRows(result)) {
                csv.row(List.of(CsvText.safe(name(row.level())), SensitivityCsv.cents(row.mean()),
                        SensitivityCsv.cents(row.standardError(result.settings().draws())),
                        SensitivityCsv.cents(row.percentiles()[0]), SensitivityCsv.cents(row.percentiles()[2]),
                        SensitivityCsv.cents(row.percentiles()[4]), probability(row.probabilityPositive())));
            }
        }
    }

    /** The rows of net over all years of every financier and the total, in that order. */
    public static List<SimulationResult.Row> netRows(SimulationResult result) {
        return result.rows().stream()
                .filter(r -> r.level().dimension() != Totals.Dimension.KERNAANPAK && r.measure().equals("net")
                        && r.year() == 0)
                .toList();
    }

    private static void breakEven(SimulationResult result, Path file) throws IOException {
        try (CsvTable csv = CsvTable.create(file, "financier", "break_even_year", "probability")) {
            for (SimulationResult.BreakEven b : result.breakEven()) {
                for (int y = 0; y < b.probabilityPerYear().length; y++) {
                    csv.row(List.of(CsvText.safe(b.financier()), Integer.toString(b.firstYear() + y),
                            probability(b.probabilityPerYear()[y])));
                }
                csv.row(List.of(CsvText.safe(b.financier()), "never", probability(b.probabilityNever())));
            }
        }
    }

    private static void metadata(SimulationResult result, Path file) throws IOException {
        try (CsvTable csv = CsvTable.create(file, "key", "value")) {
            csv.row(List.of("scenario", CsvText.safe(result.scenario().name())));
            csv.row(List.of("draws", Long.toString(result.settings().draws())));
            csv.row(List.of("seed", Long.toString(result.settings().seed())));
            csv.row(List.of("generator", result.generator() + " (Apache Commons RNG), jumped once per block"));
            csv.row(List.of("block_size", Integer.toString(result.blockSize())));
            csv.row(List.of("percentiles", result.histogramBins() == 0
                    ? "exact (linear interpolation between order statistics)"
                    : "histogram of " + result.histogramBins() + " bins over 3 times the range of the first block, "
                            + "values outside kept exactly; off by at most one bin width"));
            for (Parameter p : result.parameters()) {
                csv.row(List.of("distribution:" + CsvText.safe(p.path()), p.distribution().describe() + "; min "
                        + SensitivityCsv.value(p, Variant.MIN) + "; expected " + SensitivityCsv.value(p, Variant.EXPECTED)
                        + "; max " + SensitivityCsv.value(p, Variant.MAX)
                        + (BandDistribution.whole(p, result.scenario().years()) ? "; drawn as whole numbers" : "")));
            }
            for (nl.impact.engine.simulation.KpiProbabilities.NotSimulated k : result.kpisNotSimulated()) {
                csv.row(List.of("kpi_not_simulated:" + CsvText.safe(k.kpi()), CsvText.safe(k.reason())));
            }
            for (nl.impact.model.Correlation c : result.scenario().correlations()) {
                csv.row(List.of("correlation:" + CsvText.safe(c.first()) + "|" + CsvText.safe(c.second()), "rank "
                        + c.rank().stripTrailingZeros().toPlainString() + "; normal copula, Pearson "
                        + BigDecimal.valueOf(nl.impact.calc.copula.GaussianCopula.pearson(c.rank().doubleValue()))
                                .setScale(4, RoundingMode.HALF_UP).toPlainString()));
            }
        }
    }

    /** A probability with four decimals. */
    public static String probability(double p) {
        return BigDecimal.valueOf(p).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
