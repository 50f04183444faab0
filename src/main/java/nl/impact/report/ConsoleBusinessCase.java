package nl.impact.report;

import java.io.PrintWriter;
import java.util.List;
import nl.impact.engine.BusinessCase;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Variant;

/**
 * The net business case on stdout, after the effects: investments and net per financier and in
 * all, min/expected/max, undiscounted. Printed only when the scenario has a begroting.
 */
public final class ConsoleBusinessCase {

    private ConsoleBusinessCase() {
    }

    public static void print(RunResult result, PrintWriter out) {
        if (result.budget().isEmpty()) {
            return;
        }
        List<NetFlow> flows = BusinessCase.of(result).stream()
                .filter(f -> f.dimension() != Totals.Dimension.KERNAANPAK).toList();
        // The effects' table above sets the label column (its kernaanpakken's names are the longest), so
        // that the columns of every table line up.
        int width = Math.max(ConsoleSummary.labelWidth(Totals.of(result)),
                flows.stream().mapToInt(f -> f.label().length()).max().orElse(0) + 2);
        String line = "%-" + width + "s %15s %15s %15s%n";
        out.println();
        out.printf(line, "investments (begroting)", "min", "expected", "max");
        flows.forEach(f -> out.printf(line, f.label(), human(f, Variant.MIN, true), human(f, Variant.EXPECTED, true),
                human(f, Variant.MAX, true)));
        out.println();
        out.printf(line, "net (effects - investments)", "min", "expected", "max");
        flows.forEach(f -> out.printf(line, f.label(), human(f, Variant.MIN, false),
                human(f, Variant.EXPECTED, false), human(f, Variant.MAX, false)));
        out.flush();
    }

    private static String human(NetFlow flow, Variant variant, boolean investments) {
        return HumanNumbers.of((investments ? flow.investments() : flow.net()).get(variant).total());
    }
}
