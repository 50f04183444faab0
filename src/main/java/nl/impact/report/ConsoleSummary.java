package nl.impact.report;

import java.io.PrintWriter;
import java.util.List;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.YearRange;

/** The short human summary on stdout: totals per kernaanpak and per financier, min/expected/max. */
public final class ConsoleSummary {

    private ConsoleSummary() {
    }

    public static void print(RunResult result, PrintWriter out) {
        YearRange years = result.scenario().years();
        List<Totals.Total> totals = Totals.of(result);
        int width = labelWidth(totals);
        String line = "%-" + width + "s %15s %15s %15s%n";
        out.printf("%s: effects %s-%s in euros, undiscounted (cases start %s-%s)%n", result.scenario().name(),
                Integer.toString(years.first()), Integer.toString(years.effectsUntil()), Integer.toString(years.first()),
                Integer.toString(years.last()));
        Totals.Dimension section = null;
        for (Totals.Total total : totals) {
            if (total.dimension() != section) {
                section = total.dimension();
                out.println();
                out.printf(line, switch (section) {
                    case FINANCIER -> "per financier";
                    case KERNAANPAK -> "per kernaanpak";
                    case TOTAL -> "in all";
                }, "min", "expected", "max");
            }
            out.printf(line, total.label(), HumanNumbers.of(total.values().min().total()),
                    HumanNumbers.of(total.values().expected().total()), HumanNumbers.of(total.values().max().total()));
        }
        out.flush();
    }

    /**
     * The width of the label column: the longest label and two spaces, at least 30. The business
     * case's tables below take it too ({@link ConsoleBusinessCase}), so that all columns line up.
     */
    static int labelWidth(List<Totals.Total> totals) {
        return Math.max(30, totals.stream().mapToInt(t -> t.label().length()).max().orElse(0) + 2);
    }
}
