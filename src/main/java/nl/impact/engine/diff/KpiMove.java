package nl.impact.engine.diff;

import nl.impact.model.Position;

/**
 * A KPI year whose position against its band moved (within, below, above).
 *
 * @param before null when the KPI or its band in that year does not exist before
 * @param after null when it does not exist after
 */
public record KpiMove(String kpi, String name, int year, Position before, Position after) {
}
