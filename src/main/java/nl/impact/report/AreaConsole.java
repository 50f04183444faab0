package nl.impact.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import nl.impact.engine.AreaFlow;
import nl.impact.engine.AreaResults;
import nl.impact.engine.RunResult;
import nl.impact.model.Variant;

/**
 * The areas on stdout, after the totals: how many areas and gemeenten, and the five areas with the
 * largest expected net over all years (ties by code), min/expected/max.
 */
public final class AreaConsole {

    static final int SHOWN = 5;

    private AreaConsole() {
    }

    public static void print(RunResult result, PrintWriter out) {
        AreaResults areas = result.areas();
        if (areas == null) {
            return;
        }
        List<Ranked> top = areas.areas().stream()
                .map(a -> new Ranked(a, areas.total(a, null, Variant.EXPECTED)))
                .sorted(Comparator.comparing(Ranked::net).reversed().thenComparing(r -> r.flow().code()))
                .limit(SHOWN)
                .toList();
        int width = Math.max(30, top.stream().mapToInt(r -> label(r.flow()).length()).max().orElse(0) + 2);
        String line = "%-" + width + "s %15s %15s %15s%n";
        out.println();
        // Codes, names and gemeenten hold no control characters: the area reader refuses them.
        out.println(HumanNumbers.of(areas.areas().size(), "area", "areas") + " in "
                + HumanNumbers.of(areas.gemeenten().size(), "gemeente", "gemeenten"));
        out.printf(java.util.Locale.ROOT, line, "largest net per area", "min", "expected", "max");
        for (Ranked r : top) {
            out.printf(java.util.Locale.ROOT, line, label(r.flow()), HumanNumbers.of(areas.total(r.flow(), null, Variant.MIN)),
                    HumanNumbers.of(r.net()), HumanNumbers.of(areas.total(r.flow(), null, Variant.MAX)));
        }
        out.flush();
    }

    private static String label(AreaFlow flow) {
        return flow.code() + " " + flow.name() + " (" + flow.gemeente() + ")";
    }

    private record Ranked(AreaFlow flow, BigDecimal net) {
    }
}
