package nl.impact.engine;

import nl.impact.model.Band;
import nl.impact.model.EffectUnit;
import nl.impact.model.YearSeries;

/**
 * One effect in hours, FTE or persons in one domain, per year over every effect year, per variant:
 * labour capacity freed (positive) or needed (negative). Never part of the euro business case.
 */
public record CapacityResult(String kernaanpak, String effect, String domain, String financier, EffectUnit unit,
        Band<YearSeries> values) {
}
