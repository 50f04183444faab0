package nl.impact.model;

import java.math.BigDecimal;

/**
 * What a KPI aims at: a value in the KPI's unit (null when the plan states the target in other
 * terms, e.g. "the gap 25% smaller", which the calculator's parameters express) and the year by
 * which it should be reached.
 */
public record KpiTarget(BigDecimal value, int year, String description, Provenance provenance) {

    public boolean hasValue() {
        return value != null;
    }
}
