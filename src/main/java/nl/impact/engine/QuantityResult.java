package nl.impact.engine;

import nl.impact.model.Band;
import nl.impact.model.YearSeries;

/** A named quantity of a kernaanpak over the plan years, per variant. */
public record QuantityResult(String kernaanpak, String name, String unit, String description,
        Band<YearSeries> values) {
}
