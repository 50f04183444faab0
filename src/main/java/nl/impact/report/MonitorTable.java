package nl.impact.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.impact.monitor.Judgement;
import nl.impact.monitor.Verdict;

/** The verdicts for people: one line per KPI and year, then what each verdict that occurs asks for. */
public final class MonitorTable {

    private MonitorTable() {
    }

    public static void print(String scenario, int untilYear, List<Judgement> judgements, PrintWriter out) {
        int width = Math.max(24, judgements.stream().mapToInt(j -> j.kpi().length()).max().orElse(0) + 2);
        String line = "%-" + width + "s %5s %14s %14s %14s %14s  %-8s %s%n";
        out.printf("%s: KPI verdicts up to %s by the spelregels%n%n", scenario, Integer.toString(untilYear));
        out.printf(line, "KPI", "year", "band min", "band max", "realised", "corrected", "position", "verdict");
        Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
        for (Judgement j : judgements) {
            seen.add(j.verdict());
            String verdict = j.verdict().key() + (j.belowInRow() > 1 ? " (" + j.belowInRow() + " years below in a row)" : "");
            out.printf(line, j.kpi(), j.year(), number(j.band().min()), number(j.band().max()), number(j.realised()),
                    number(j.corrected()), j.position() == null ? "-" : j.position().key(), verdict);
        }
        if (judgements.isEmpty()) {
            out.println("(no KPI has a band year up to " + untilYear + ")");
        }
        out.println();
        List<String> twice = judgements.stream().filter(j -> j.verdict() == Verdict.IMPROVEMENT_PLAN)
                .map(j -> j.kpi() + " (" + j.year() + ")").toList();
        if (!twice.isEmpty()) {
            out.printf("Below the band twice in a row: %s%n%n", String.join(", ", twice));
        }
        for (Verdict v : seen) {
            out.printf("%-17s %s%n", v.key(), v.meaning());
        }
        out.flush();
    }

    private static String number(BigDecimal value) {
        return HumanNumbers.of(value);
    }
}
