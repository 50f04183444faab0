package nl.impact.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.impact.calc.plan.Flow;
import nl.impact.engine.Adjustments;
import nl.impact.engine.Engine;
import nl.impact.engine.RunResult;
import nl.impact.model.BudgetLine;
import nl.impact.model.Kpi;
import nl.impact.model.Milestone;
import nl.impact.scenario.InvalidInputException;

/**
 * What the spelregels allow after a KPI fell below its band twice in a row: the insurer may stop
 * funding the activities tied to the KPI. Stopping affects only future activities, milestones and
 * tranches, never past ones (plan, § 7.d Spelregels): from {@code stopFrom}, the first year after both
 * the verdict's year and the monitored one, the tied kernaanpakken start no cases (the effects of cases
 * started before still fall as their timing says), their budget lines cost nothing, and the tranches
 * of their milestones are gone. Computed on the forecast, which it stands beside.
 *
 * @param judgement the latest {@code improvement-plan} verdict on the KPI
 * @param kernaanpakken the kernaanpakken tied to the KPI
 * @param result the forecast with those activities stopped
 * @param tranchesGone the milestones from {@code stopFrom} whose tranches fall away
 */
public record StopConsequence(Kpi kpi, Judgement judgement, int stopFrom, List<String> kernaanpakken,
        RunResult result, List<Milestone> tranchesGone) {

    public StopConsequence {
        kernaanpakken = List.copyOf(kernaanpakken);
        tranchesGone = List.copyOf(tranchesGone);
    }

    /** True when there is a plan year left to stop anything in. */
    public boolean stopsAnything() {
        return stopFrom <= result.scenario().years().last();
    }

    /** The consequence of stopping the activities tied to {@code kpi}; empty when the scenario ties none. */
    static Optional<StopConsequence> of(Forecast forecast, Kpi kpi, Judgement judgement, int monitoredYear)
            throws InvalidInputException {
        if (kpi.activities().isEmpty()) {
            return Optional.empty();
        }
        RunResult plan = forecast.plan();
        int stopFrom = Math.max(judgement.year(), monitoredYear) + 1;
        List<String> tied = kpi.activities().kernaanpakken();
        Adjustments.Builder adjustments = Adjustments.of(plan.plan());
        forecast.apply(adjustments);
        boolean any = false;
        for (Flow flow : plan.plan().flows()) {
            if (tied.contains(flow.kernaanpak())) {
                for (int year = stopFrom; year <= plan.scenario().years().last(); year++) {
                    adjustments.flow(flow, year, BigDecimal.ZERO);
                    any = true;
                }
            }
        }
        RunResult stopped = any ? Engine.evaluate(plan, adjustments.build()) : forecast.forecast();
        List<Milestone> gone = new ArrayList<>();
        for (Milestone m : plan.scenario().milestones().milestones()) {
            if (m.hasTranche() && m.halfYear().year() >= stopFrom
                    && (tied.containsAll(m.kernaanpakken()) || tied.contains(lineKernaanpak(plan, m.tranche().line())))) {
                gone.add(m);
            }
        }
        return Optional.of(new StopConsequence(kpi, judgement, stopFrom, tied, stopped, gone));
    }

    private static String lineKernaanpak(RunResult plan, String line) {
        return plan.scenario().begroting().lines().stream().filter(l -> l.id().equals(line))
                .map(BudgetLine::kernaanpak).findFirst().orElse("");
    }
}
