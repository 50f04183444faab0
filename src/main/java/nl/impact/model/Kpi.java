package nl.impact.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One outcome indicator: what it measures, which way is better, its band per year and the
 * calculator that computes the scenario's own expected value for it.
 *
 * @param calculator the KPI calculator's id, or {@link #FORMULA} for a KPI written as a formula
 * @param parameters the calculator's numeric parameters, read like every other parameter; for a formula,
 *        the numbers its names stand for (its own, and the shared parameters it reads)
 * @param texts the calculator's text parameters (a domain, the effects that count), each a list
 * @param formula the formula of a KPI written as one (over its names), or null
 * @param selections for a formula, the names that add up effects, capacity or quantities of the plan
 * @param path where it is defined in the scenario, for messages
 * @param lastYear the last year of its trajectory and bands: {@code years.effectsUntil} unless the KPI
 *        runs on to a later year of its own ({@code years: {last: ...}} on the KPI)
 * @param activities the kernaanpakken tied to the KPI, which the spelregels may stop ({@code activities})
 */
public record Kpi(
        String id,
        String name,
        String deelopgave,
        String description,
        String unit,
        Accumulation accumulation,
        Direction direction,
        KpiTarget target,
        SortedMap<Integer, KpiBand> bands,
        String calculator,
        Map<String, Parameter> parameters,
        Map<String, List<String>> texts,
        String path,
        int lastYear,
        String formula,
        Map<String, KpiSelection> selections,
        KpiActivities activities) {

    /** The {@link #calculator()} of a KPI written as a formula in the scenario. */
    public static final String FORMULA = "formula";

    /** True when the scenario writes the KPI as a formula, not with a calculator. */
    public boolean isFormula() {
        return formula != null;
    }

    public boolean hasBand() {
        return !bands.isEmpty();
    }
}
