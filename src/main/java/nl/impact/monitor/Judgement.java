package nl.impact.monitor;

import java.math.BigDecimal;
import nl.impact.model.KpiBand;
import nl.impact.model.Position;

/**
 * The verdict on one KPI in one year. {@code realisation} is null when no row was given;
 * {@code position} is null when the value is missing; {@code belowInRow} counts this year and the
 * band years right before it that were below the band.
 */
public record Judgement(String kpi, KpiBand band, Realisation realisation, Position position, int belowInRow,
        Verdict verdict) {

    public int year() {
        return band.year();
    }

    public BigDecimal realised() {
        return realisation == null ? null : realisation.realised();
    }

    /** The correction applied; null when there is no realised value to correct. */
    public BigDecimal correction() {
        return realised() == null ? null : realisation.correction();
    }

    public BigDecimal corrected() {
        return realisation == null ? null : realisation.corrected();
    }
}
