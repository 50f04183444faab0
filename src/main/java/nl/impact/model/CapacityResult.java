package nl.impact.model;

/**
 * One effect in hours, FTE or persons in one domain, per year over every effect year, per variant:
 * labour capacity freed (positive) or needed (negative). Never part of the euro business case.
 */
public record CapacityResult(String kernaanpak, String effect, String domain, String financier, EffectUnit unit,
        Band<YearSeries> values) {
}
