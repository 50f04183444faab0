package nl.impact.model;

/**
 * A column of the area table that formulas can use by {@code name}: its header in the table, what
 * kind of number it holds and its unit.
 */
public record AreaColumn(String name, String header, ParameterKind kind, String unit, String description) {
}
