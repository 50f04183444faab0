package nl.impact.model;

/** One effect of a kernaanpak in one domain, in euros per year over every effect year, per variant. */
public record EffectResult(String kernaanpak, String effect, String domain, String financier,
        Band<YearSeries> values) {
}
