package nl.impact.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.impact.model.Kpi;
import nl.impact.model.KpiBand;
import nl.impact.model.Position;
import nl.impact.model.Scenario;

/**
 * Applies the spelregels: every KPI with a band is judged in each band year up to the monitored
 * year. Within or above: continue. Below once: analysis. Below in this and the previous band year:
 * improvement plan. A missing value is reported as missing and breaks a run of years below, since
 * "twice in a row" needs two consecutive judgements (the missing report is itself a finding).
 */
public final class Monitor {

    private Monitor() {
    }

    public static List<Judgement> judge(Scenario scenario, Realisations realisations) {
        List<Judgement> judgements = new ArrayList<>();
        for (Kpi kpi : scenario.kpis()) {
            int belowInRow = 0;
            for (KpiBand band : kpi.bands().values()) {
                if (band.year() > realisations.untilYear()) {
                    break;
                }
                Optional<Realisation> found = realisations.get(kpi.id(), band.year()).filter(r -> !r.isMissing());
                if (found.isEmpty()) {
                    belowInRow = 0;
                    judgements.add(new Judgement(kpi.id(), band, realisations.get(kpi.id(), band.year()).orElse(null),
                            null, 0, Verdict.MISSING));
                    continue;
                }
                Position position = band.position(found.get().corrected(), kpi.direction());
                belowInRow = position == Position.BELOW ? belowInRow + 1 : 0;
                Verdict verdict = belowInRow == 0 ? Verdict.CONTINUE
                        : belowInRow == 1 ? Verdict.ANALYSIS : Verdict.IMPROVEMENT_PLAN;
                judgements.add(new Judgement(kpi.id(), band, found.get(), position, belowInRow, verdict));
            }
        }
        return judgements;
    }

    /** True when a KPI fell below its band twice in a row: the CLI's exit code 4. */
    public static boolean anyTwiceBelow(List<Judgement> judgements) {
        return judgements.stream().anyMatch(j -> j.verdict() == Verdict.IMPROVEMENT_PLAN);
    }
}
