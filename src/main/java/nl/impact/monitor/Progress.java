package nl.impact.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.engine.RunResult;
import nl.impact.model.Kpi;
import nl.impact.scenario.InvalidInputException;

/**
 * A monitoring report for the steering group, up to the last half year reported: the milestones and
 * their tranches, the spend against the begroting, the forecast from what was realised, the
 * spelregels' verdicts on the KPIs and, for a KPI below its band twice in a row, what stopping its
 * activities would do. The forecast and the stop are not computed for a scenario with an area table
 * ({@code forecast} is empty then).
 */
public record Progress(RunResult plan, Realisations realisations, List<Judgement> kpis,
        List<MilestoneJudgement> milestones, List<SpendLine> spend, Optional<Forecast> forecast,
        List<StopConsequence> stops) {

    public Progress {
        kpis = List.copyOf(kpis);
        milestones = List.copyOf(milestones);
        spend = List.copyOf(spend);
        stops = List.copyOf(stops);
    }

    public static Progress of(RunResult plan, Realisations realisations) throws InvalidInputException {
        List<Judgement> kpis = Monitor.judge(plan.scenario(), realisations);
        List<MilestoneJudgement> milestones = Milestones.judge(plan.scenario(), realisations);
        List<SpendLine> spend = Spend.of(plan, realisations, milestones);
        if (plan.scenario().hasAreas()) {
            return new Progress(plan, realisations, kpis, milestones, spend, Optional.empty(), List.of());
        }
        Forecast forecast = Forecast.of(plan, realisations);
        // One consequence per KPI: that of its latest verdict calling for an improvement plan.
        Map<String, Judgement> latest = new LinkedHashMap<>();
        kpis.stream().filter(j -> j.verdict() == Verdict.IMPROVEMENT_PLAN).forEach(j -> latest.put(j.kpi(), j));
        List<StopConsequence> stops = new ArrayList<>();
        for (Judgement j : latest.values()) {
            Kpi kpi = plan.scenario().kpis().stream().filter(k -> k.id().equals(j.kpi())).findFirst().orElseThrow();
            StopConsequence.of(forecast, kpi, j, realisations.reportedYear()).ifPresent(stops::add);
        }
        return new Progress(plan, realisations, kpis, milestones, spend, Optional.of(forecast), stops);
    }

    /** The KPIs below their band twice in a row whose activities the scenario does not name. */
    public List<String> untiedImprovementPlans() {
        return kpis.stream().filter(j -> j.verdict() == Verdict.IMPROVEMENT_PLAN).map(Judgement::kpi).distinct()
                .filter(id -> stops.stream().noneMatch(s -> s.kpi().id().equals(id))).toList();
    }

    /**
     * True when the spelregels call for action (exit code 4): a KPI below its band twice in a row, or a
     * tranche withheld.
     */
    public boolean callsForAction() {
        return Monitor.anyTwiceBelow(kpis) || Milestones.anyWithheld(milestones);
    }
}
