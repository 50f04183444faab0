package nl.impact.model;

/** A named quantity of a kernaanpak over the plan years, per variant. */
public record QuantityResult(String kernaanpak, String name, String unit, String description,
        Band<YearSeries> values) {
}
