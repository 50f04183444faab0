package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.AreaFlow;
import nl.impact.engine.AreaResults;
import nl.impact.engine.RunResult;
import nl.impact.model.Variant;

/**
 * {@code areas.csv} (one block per area) and {@code gemeenten.csv} (one per gemeente): per
 * financier and effect year, benefits, investments and net in the three variants, then the same
 * over all financiers ({@code total}). The municipal financier is the area's own gemeente.
 * Written only for a scenario with an area table. Undiscounted.
 */
public final class AreasCsv implements OutputWriter {

    public static final String AREAS = "areas.csv";
    public static final String GEMEENTEN = "gemeenten.csv";

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        RunResult result = outputs.result();
        AreaResults areas = result.areas();
        if (areas == null) {
            return;
        }
        List<String> header = new ArrayList<>(List.of("area", "name", "gemeente"));
        List<String> measures = measures();
        header.addAll(measures);
        try (CsvTable csv = CsvTable.create(directory.resolve(AREAS), header.toArray(String[]::new))) {
            for (AreaFlow flow : areas.areas()) {
                rows(csv, areas, flow, List.of(CsvText.safe(flow.code()), CsvText.safe(flow.name()),
                        CsvText.safe(flow.gemeente())));
            }
        }
        List<String> gemeenteHeader = new ArrayList<>(List.of("gemeente"));
        gemeenteHeader.addAll(measures);
        try (CsvTable csv = CsvTable.create(directory.resolve(GEMEENTEN), gemeenteHeader.toArray(String[]::new))) {
            for (AreaFlow flow : areas.gemeenten()) {
                rows(csv, areas, flow, List.of(CsvText.safe(flow.gemeente())));
            }
        }
    }

    /** financier, year, then benefits, investments and net per variant. */
    private static List<String> measures() {
        List<String> columns = new ArrayList<>(List.of("financier", "year"));
        for (String measure : List.of("benefits", "investments", "net")) {
            for (Variant v : Variant.values()) {
                columns.add(measure + "_" + v.key());
            }
        }
        return columns;
    }

    private static void rows(CsvTable csv, AreaResults areas, AreaFlow flow, List<String> key) throws IOException {
        int first = areas.years().first();
        int last = areas.years().effectsUntil();
        for (int f = 0; f <= areas.financiers().size(); f++) {
            boolean total = f == areas.financiers().size();
            String financier = total ? "total" : CsvText.safe(areas.financier(f, flow));
            for (int year = first; year <= last; year++) {
                List<String> row = new ArrayList<>(key);
                row.add(financier);
                row.add(Integer.toString(year));
                if (!flow.isExact()) {
                    computed(row, areas, flow, total ? -1 : f, year);
                    csv.row(row);
                    continue;
                }
                for (AreaResults.Measure measure : AreaResults.Measure.values()) {
                    for (Variant v : Variant.values()) {
                        row.add(Amounts.csv(total ? areas.all(flow, measure, v, year)
                                : areas.value(flow, measure, f, v, year)));
                    }
                }
                for (Variant v : Variant.values()) {
                    row.add(Amounts.csv(total ? areas.all(flow, null, v, year) : areas.net(flow, f, v, year)));
                }
                csv.row(row);
            }
        }
    }

    /** The figures of one row of a computed flow ({@code financier} -1: all), each rounded once. */
    private static void computed(List<String> row, AreaResults areas, AreaFlow flow, int financier, int year) {
        double[] net = new double[Variant.values().length];
        for (AreaResults.Measure measure : AreaResults.Measure.values()) {
            for (Variant v : Variant.values()) {
                double value = financier < 0 ? areas.approximateAll(flow, measure, v, year)
                        : areas.approximate(flow, measure, financier, v, year);
                net[v.ordinal()] += measure == AreaResults.Measure.BENEFITS ? value : -value;
                row.add(ComputedAmounts.csv(value));
            }
        }
        for (Variant v : Variant.values()) {
            row.add(ComputedAmounts.csv(net[v.ordinal()]));
        }
    }
}
