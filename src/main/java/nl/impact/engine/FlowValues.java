package nl.impact.engine;

import nl.impact.calc.plan.Flow;
import nl.impact.model.Band;
import nl.impact.model.YearSeries;

/**
 * A flow of the plan as computed: its value per start year before its share ({@code cases}:
 * volume x amount x correction, or a budget line's cost; over every area in a scenario with an area
 * table) and its euros per year after the share, as its timing spreads them. Undiscounted.
 */
public record FlowValues(Flow flow, Band<YearSeries> cases, Band<YearSeries> euros) {
}
