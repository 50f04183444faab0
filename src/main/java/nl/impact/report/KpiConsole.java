package nl.impact.report;

import java.io.PrintWriter;
import nl.impact.engine.KpiResult;
import nl.impact.engine.RunResult;
import nl.impact.model.KpiBand;
import nl.impact.model.Position;

/** The KPI part of the run summary: per KPI and band year, the band, the expected value and its position. */
public final class KpiConsole {

    private KpiConsole() {
    }

    public static void print(RunResult result, PrintWriter out) {
        if (result.kpis().isEmpty()) {
            return;
        }
        String line = "%-28s %5s %15s %15s %15s  %s%n";
        out.println();
        out.printf(line, "KPI", "year", "band min", "band max", "expected", "position");
        for (KpiResult kpi : result.kpis()) {
            String id = kpi.kpi().id();
            if (!kpi.kpi().hasBand()) {
                out.printf("%-28s %5s  no band: target %s%n", id, kpi.kpi().target().year(),
                        kpi.kpi().target().description().isEmpty() ? "(see scenario)" : kpi.kpi().target().description());
                continue;
            }
            for (KpiBand band : kpi.kpi().bands().values()) {
                String expected = kpi.expectedAt(band.year()).map(e -> HumanNumbers.of(e.expected())).orElse("-");
                String position = kpi.hasModelValue() ? kpi.position(band.year()).map(Position::key).orElse("-")
                        : "no model value (measured)";
                out.printf(line, id, band.year(), HumanNumbers.of(band.min()), HumanNumbers.of(band.max()), expected, position);
            }
        }
        out.flush();
    }
}
