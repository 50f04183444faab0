package nl.impact.monitor;

import java.math.BigDecimal;

/**
 * A realised KPI value for one year, as the data work group delivers it: in the KPI's unit and, for
 * a cumulative KPI, cumulative too. {@code realised} is null when the row says the value is
 * missing; {@code correction} (zero when not given) is added to correct for exogenous factors.
 *
 * @param line the line in the realisations file, for messages
 */
public record Realisation(String kpi, int year, BigDecimal realised, BigDecimal correction, String note, int line) {

    public boolean isMissing() {
        return realised == null;
    }

    /** The value the spelregels judge: the realised value after correction for exogenous factors. */
    public BigDecimal corrected() {
        return realised == null ? null : realised.add(correction);
    }
}
