package nl.impact.engine;

import java.math.BigDecimal;
import java.util.Optional;
import nl.impact.model.Band;
import nl.impact.model.Kpi;
import nl.impact.model.KpiBand;
import nl.impact.model.Position;
import nl.impact.model.YearSeries;

/**
 * A KPI with the scenario's own expected value per variant and year, already cumulated when the
 * KPI is cumulative. {@code expected} is null for a KPI that has no model value (only measured).
 */
public record KpiResult(Kpi kpi, Band<YearSeries> expected) {

    public boolean hasModelValue() {
        return expected != null;
    }

    /** The expected value in {@code year} per variant; empty without a model value or outside its years. */
    public Optional<Band<BigDecimal>> expectedAt(int year) {
        if (expected == null || !expected.expected().values().containsKey(year)) {
            return Optional.empty();
        }
        return Optional.of(expected.map(s -> s.at(year)));
    }

    /** Where the expected variant lies against the band in {@code year}; empty without either. */
    public Optional<Position> position(int year) {
        KpiBand band = kpi.bands().get(year);
        if (band == null) {
            return Optional.empty();
        }
        return expectedAt(year).map(e -> band.position(e.expected(), kpi.direction()));
    }
}
