package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.impact.engine.BusinessCase;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.model.Band;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;

/**
 * {@code business-case.csv}: per financier, kernaanpak and in all, per effect year: benefits,
 * investments (positive), with settlements what they move to the financier (received minus paid),
 * net (benefits minus investments plus settlements) and cumulative net. Undiscounted.
 */
public final class BusinessCaseCsv implements OutputWriter {

    public static final String FILE = "business-case.csv";

    private static final List<Measure> MEASURES = List.of(
            new Measure("benefits", NetFlow::benefits),
            new Measure("investments", NetFlow::investments),
            new Measure("settlements", NetFlow::settlements),
            new Measure("net", NetFlow::net),
            new Measure("cumulative_net", NetFlow::cumulativeNet));

    /** The measures written: settlements only for a scenario that has them. */
    private static List<Measure> measures(RunResult result) {
        return result.scenario().settlements().isEmpty()
                ? MEASURES.stream().filter(m -> !m.name().equals("settlements")).toList() : MEASURES;
    }

    private record Measure(String name, Function<NetFlow, Band<YearSeries>> values) {
    }

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        RunResult result = outputs.result();
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE),
                "dimension", "key", "measure", "year", "min", "expected", "max")) {
            for (NetFlow flow : BusinessCase.of(result)) {
                for (Measure measure : measures(result)) {
                    Band<YearSeries> values = measure.values().apply(flow);
                    for (Integer year : values.expected().values().keySet()) {
                        List<String> row = new ArrayList<>(List.of(flow.dimension().name().toLowerCase(Locale.ROOT),
                                CsvText.safe(flow.key()), measure.name(), year.toString()));
                        for (Variant v : Variant.values()) {
                            row.add(Amounts.csv(values.get(v).at(year)));
                        }
                        csv.row(row);
                    }
                }
            }
        }
    }
}
