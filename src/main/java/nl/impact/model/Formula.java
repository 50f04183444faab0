package nl.impact.model;

/** A named quantity the analyst defines in the scenario as a formula over other names. */
public record Formula(String name, String path, String expression, String unit, String description) {
}
