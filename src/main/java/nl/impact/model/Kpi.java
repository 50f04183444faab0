package nl.impact.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One outcome indicator: what it measures, which way is better, its band per year and the
 * calculator that computes the scenario's own expected value for it.
 *
 * @param parameters the calculator's numeric parameters, read like every other parameter
 * @param texts the calculator's text parameters (a domain, the effects that count), each a list
 * @param path where it is defined in the scenario, for messages
 * @param lastYear the last year of its trajectory and bands: {@code years.effectsUntil} unless the KPI
 *        runs on to a later year of its own ({@code years: {last: ...}} on the KPI)
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
        int lastYear) {

    public boolean hasBand() {
        return !bands.isEmpty();
    }
}
