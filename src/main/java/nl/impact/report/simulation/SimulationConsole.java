package nl.impact.report.simulation;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import nl.impact.engine.simulation.AreaNets;
import nl.impact.engine.simulation.KpiProbabilities;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.report.HumanNumbers;

/**
 * The net over all years per financier and in all, with its uncertainty, on stdout; for an area scenario
 * then each gemeente's own net.
 */
public final class SimulationConsole {

    /** Gemeenten listed on stdout at most; the rest are in simulation-gemeenten.csv. */
    static final int GEMEENTEN_SHOWN = 20;

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
        gemeenten(result, out);
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

    /**
     * An area scenario's gemeenten: each one's own net (the municipal financier's in the gemeente), as
     * the financiers' above; beyond {@link #GEMEENTEN_SHOWN} gemeenten, those least likely to be positive.
     */
    private static void gemeenten(SimulationResult result, PrintWriter out) {
        if (result.areas() == null) {
            return;
        }
        String municipal = result.scenario().areas().municipalFinancier();
        List<AreaNets.Row> own = result.areas().gemeenten().stream()
                .filter(r -> r.financier().equals(result.scenario().areas().gemeenteFinancier(r.gemeente())))
                .toList();
        if (own.isEmpty() || !result.scenario().allFinanciers().contains(municipal)) {
            return;
        }
        List<AreaNets.Row> shown = own.size() <= GEMEENTEN_SHOWN ? own : own.stream()
                .sorted(java.util.Comparator.comparingDouble(AreaNets.Row::probabilityPositive)).limit(GEMEENTEN_SHOWN)
                .toList();
        // Gemeente names hold no control characters (the area reader refuses them); sanitised all the same.
        int width = Math.max(20, shown.stream().mapToInt(r -> r.financier().length()).max().orElse(0) + 2);
        String line = "%-" + width + "s %15s %12s %15s %15s %15s %9s%n";
        out.printf("%n");
        out.printf(line, own.size() <= GEMEENTEN_SHOWN ? "net per gemeente" : "least sure gemeenten", "mean",
                "+/- (MCSE)", "P5", "P50", "P95", "P(> 0)");
        long draws = result.settings().draws();
        for (AreaNets.Row row : shown) {
            out.printf(line, nl.impact.model.Printable.sanitise(row.financier()), human(row.mean()),
                    human(row.standardError(draws)), human(row.percentiles()[0]), human(row.percentiles()[2]),
                    human(row.percentiles()[4]), SimulationOutputs.probability(row.probabilityPositive()));
        }
        if (own.size() > shown.size()) {
            out.printf("... %d more gemeenten in %s%n", own.size() - shown.size(), SimulationAreasCsv.GEMEENTEN);
        }
    }

    private static String human(double value) {
        return HumanNumbers.of(BigDecimal.valueOf(value));
    }
}
