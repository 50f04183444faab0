package nl.impact.engine;

import java.util.List;
import java.util.stream.Stream;
import nl.impact.calc.plan.Plan;
import nl.impact.model.CapacityResult;
import nl.impact.model.EffectResult;
import nl.impact.model.QuantityResult;
import nl.impact.model.Scenario;

/**
 * The outcome of computing a scenario's {@link Plan}: every flow's values (by the flow's index), one result per kernaanpak and one per budget line, each in
 * the scenario's order, and one per KPI once {@code nl.impact.engine.KpiEngine} has evaluated them
 * (empty before); with an area table, the kernaanpakken's results are totals over all areas and
 * {@code areas} holds the business case per area and gemeente (null without areas). Every flow is undiscounted euros per year; effects are benefits (a cost is
 * negative), budget lines are investments (positive costs).
 */
public record RunResult(Plan plan, Scenario scenario, List<FlowValues> flows, List<KernaanpakResult> kernaanpakken,
        List<BudgetLineResult> budget, List<KpiResult> kpis, AreaResults areas) {

    /** This result with the KPIs evaluated. */
    public RunResult withKpis(List<KpiResult> evaluated) {
        return new RunResult(plan, scenario, flows, kernaanpakken, budget, List.copyOf(evaluated), areas);
    }

    /** A flow of the plan as computed. */
    public FlowValues flow(nl.impact.calc.plan.Flow flow) {
        return flows.get(flow.index());
    }

    public Stream<QuantityResult> quantities() {
        return kernaanpakken.stream().flatMap(k -> k.quantities().stream());
    }

    public Stream<EffectResult> effects() {
        return kernaanpakken.stream().flatMap(k -> k.effects().stream());
    }

    /** Every effect in hours, FTE or persons: capacity, kept out of the euro business case. */
    public Stream<CapacityResult> capacity() {
        return kernaanpakken.stream().flatMap(k -> k.capacity().stream());
    }

    /** Every budget line's part per financier. */
    public Stream<Investment> investments() {
        return budget.stream().flatMap(b -> b.investments().stream());
    }
}
