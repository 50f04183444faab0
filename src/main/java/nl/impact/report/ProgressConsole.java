package nl.impact.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.impact.model.Variant;
import nl.impact.monitor.Forecast;
import nl.impact.monitor.Ledger;
import nl.impact.monitor.MilestoneJudgement;
import nl.impact.monitor.MilestoneVerdict;
import nl.impact.monitor.Payment;
import nl.impact.monitor.Progress;
import nl.impact.monitor.SpendLine;
import nl.impact.monitor.StopConsequence;

/**
 * The monitoring report on stdout, short: the milestones and tranches, the spend per financier, the
 * forecast beside the plan per financier and its difference per kernaanpak, then the KPI verdicts
 * ({@link MonitorTable}) and what a stop the spelregels allow would do. Expected variant throughout.
 */
public final class ProgressConsole {

    private ProgressConsole() {
    }

    public static void print(Progress progress, PrintWriter out) {
        String scenario = progress.plan().scenario().name();
        if (progress.realisations().hasHalfYears()) {
            String half = progress.realisations().lastHalf().key();
            out.printf("%s: monitoring up to %s%n%n", scenario, half);
            milestones(progress.milestones(), half, out);
            spend(progress.spend(), half, out);
            progress.forecast().ifPresent(f -> forecast(f, out));
            if (progress.forecast().isEmpty()) {
                out.printf("No forecast: a scenario with an area table is monitored without one.%n%n");
            }
        }
        MonitorTable.print(scenario, progress.realisations().untilYear(), progress.kpis(), out);
        if (!progress.stops().isEmpty() || !progress.untiedImprovementPlans().isEmpty()) {
            out.println();
        }
        for (StopConsequence stop : progress.stops()) {
            stop(stop, progress.forecast().orElseThrow(), out);
        }
        for (String kpi : progress.untiedImprovementPlans()) {
            out.printf("%s: the scenario ties no kernaanpakken to it (kpis.%s.activities), so what a stop would do "
                    + "is not computed.%n", kpi, kpi);
        }
        out.flush();
    }

    private static void milestones(List<MilestoneJudgement> judgements, String half, PrintWriter out) {
        List<String> counts = new ArrayList<>();
        for (MilestoneVerdict v : MilestoneVerdict.values()) {
            long n = judgements.stream().filter(j -> j.verdict() == v).count();
            if (n > 0) {
                counts.add(v.key() + " " + n);
            }
        }
        out.printf("Milestones due up to %s: %d%s%n", half, judgements.size(),
                counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")");
        BigDecimal payable = total(judgements, Payment.PAYABLE);
        BigDecimal withheld = total(judgements, Payment.WITHHELD);
        List<String> held = judgements.stream().filter(j -> j.payment() == Payment.WITHHELD)
                .map(j -> j.milestone().id() + " (" + j.verdict().key() + ")").toList();
        out.printf("Tranches: payable %s, withheld %s%s%n%n", HumanNumbers.of(payable), HumanNumbers.of(withheld),
                held.isEmpty() ? "" : ": " + String.join(", ", held));
    }

    private static BigDecimal total(List<MilestoneJudgement> judgements, Payment payment) {
        return judgements.stream().filter(j -> j.payment() == payment).map(j -> j.milestone().tranche().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void spend(List<SpendLine> lines, String half, PrintWriter out) {
        if (lines.isEmpty()) {
            return;
        }
        out.printf("Spend up to %s against the begroting of those years:%n", half);
        String row = "%-20s %14s %14s %11s %14s%n";
        out.printf(row, "financier", "budget", "spent", "exhaustion", "remainder");
        List<String> financiers = lines.stream().map(SpendLine::financier).distinct().toList();
        List<String> keys = new ArrayList<>(financiers);
        keys.add("total");
        for (String financier : keys) {
            List<SpendLine> of = lines.stream().filter(s -> financier.equals("total") || s.financier().equals(financier))
                    .toList();
            BigDecimal budget = of.stream().map(SpendLine::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal spent = of.stream().map(SpendLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
            String percent = SpendCsv.percent(spent, budget);
            out.printf(row, financier, HumanNumbers.of(budget), HumanNumbers.of(spent),
                    // Two decimals always, so that the column reads evenly (68.20%, not 68.2%).
                    percent.isEmpty() ? "-" : new BigDecimal(percent).setScale(2, java.math.RoundingMode.HALF_UP) + "%",
                    HumanNumbers.of(budget.subtract(spent)));
        }
        out.println();
    }

    private static void forecast(Forecast forecast, PrintWriter out) {
        Ledger plan = new Ledger(forecast.plan());
        Ledger realised = new Ledger(forecast.forecast());
        out.printf("Forecast from the realisations beside the plan, net over all years (expected):%n");
        String row = "%-20s %14s %14s %14s%n";
        out.printf(row, "financier", "plan", "forecast", "difference");
        List<String> keys = new ArrayList<>(plan.financiers());
        keys.add(null);
        for (String financier : keys) {
            BigDecimal p = plan.net(financier, null, null, Variant.EXPECTED);
            BigDecimal f = realised.net(financier, null, null, Variant.EXPECTED);
            out.printf(row, financier == null ? "total" : financier, HumanNumbers.of(p), HumanNumbers.of(f),
                    HumanNumbers.of(f.subtract(p)));
        }
        List<String> parts = new ArrayList<>();
        for (String k : plan.kernaanpakken()) {
            BigDecimal d = realised.net(null, k, null, Variant.EXPECTED).subtract(plan.net(null, k, null, Variant.EXPECTED));
            if (d.signum() != 0) {
                parts.add(k + " " + HumanNumbers.of(d));
            }
        }
        out.printf("Difference by kernaanpak: %s%n%n", parts.isEmpty() ? "none" : String.join("; ", parts));
    }

    private static void stop(StopConsequence stop, Forecast forecast, PrintWriter out) {
        String kpi = stop.kpi().id();
        if (!stop.stopsAnything()) {
            out.printf("%s: stopping its activities (%s) would change nothing: no plan year is left after %d.%n", kpi,
                    String.join(", ", stop.kernaanpakken()), stop.stopFrom() - 1);
            return;
        }
        Ledger realised = new Ledger(forecast.forecast());
        Ledger stopped = new Ledger(stop.result());
        out.printf("%s below its band twice in a row: stopping its activities (%s) from %d would give, net over all "
                + "years (expected):%n", kpi, String.join(", ", stop.kernaanpakken()), stop.stopFrom());
        String row = "%-20s %14s %14s %14s %14s %14s%n";
        out.printf(row, "financier", "forecast", "with the stop", "difference", "benefits lost", "spend saved");
        List<String> keys = new ArrayList<>(realised.financiers());
        keys.add(null);
        for (String financier : keys) {
            BigDecimal f = realised.net(financier, null, null, Variant.EXPECTED);
            BigDecimal s = stopped.net(financier, null, null, Variant.EXPECTED);
            BigDecimal lost = realised.benefits(financier, null, null, Variant.EXPECTED)
                    .subtract(stopped.benefits(financier, null, null, Variant.EXPECTED));
            BigDecimal saved = realised.investments(financier, null, null, Variant.EXPECTED)
                    .subtract(stopped.investments(financier, null, null, Variant.EXPECTED));
            out.printf(row, financier == null ? "total" : financier, HumanNumbers.of(f), HumanNumbers.of(s),
                    HumanNumbers.of(s.subtract(f)), HumanNumbers.of(lost), HumanNumbers.of(saved));
        }
        if (!stop.tranchesGone().isEmpty()) {
            out.printf("Tranches gone with it: %s%n", String.join(", ", stop.tranchesGone().stream()
                    .map(m -> m.halfYear().key() + " " + m.id()).toList()));
        }
        out.println();
    }
}
