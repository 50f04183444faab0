package nl.impact.report.simulation;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import nl.impact.engine.simulation.KpiProbabilities;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.report.HumanNumbers;

/** The net over all years per financier and in all, with its uncertainty, on stdout. */
public final class SimulationConsole {

    private SimulationConsole() {
    }

    public static void print(SimulationResult result, PrintWriter out) {
        int width = Math.max(20, SimulationOutputs.netRows(result).stream()
                .mapToInt(r -> SimulationOutputs.name(r.level()).length()).max().orElse(0) + 2);
        String line = "%-" + width + "s %15s %12s %15s %15s %15s %9s%n";
        out.printf(line, "net, " + result.settings().draws() + " draws", "mean", "+/- (MCSE)", "P5", "P50", "P95",
                "P(> 0)");
        for (SimulationResult.Row row : SimulationOutputs.netRows(result)) {
            out.printf(line, SimulationOutputs.name(row.level()), human(row.mean()),
                    human(row.standardError(result.settings().draws())), human(row.percentiles()[0]),
                    human(row.percentiles()[2]), human(row.percentiles()[4]),
                    SimulationOutputs.probability(row.probabilityPositive()));
        }
        List<KpiProbabilities.Row> below = SimulationKpisCsv.mostLikelyBelow(result, 5);
        if (!below.isEmpty()) {
            String title = "KPI, most likely below band";
            int kpiWidth = Math.max(title.length() + 1, below.stream().mapToInt(r -> r.kpi().length()).max().orElse(0) + 2);
            String kpiLine = "%-" + kpiWidth + "s %6s %9s %9s %9s%n";
            out.printf("%n");
            out.printf(kpiLine, title, "year", "P(below)", "P(within)", "P(above)");
            for (KpiProbabilities.Row r : below) {
                out.printf(kpiLine, nl.impact.model.Printable.sanitise(r.kpi()), r.year(),
                        SimulationOutputs.probability(r.below()), SimulationOutputs.probability(r.within()),
                        SimulationOutputs.probability(r.above()));
            }
        }
        out.flush();
    }

    private static String human(double value) {
        return HumanNumbers.of(BigDecimal.valueOf(value));
    }
}
