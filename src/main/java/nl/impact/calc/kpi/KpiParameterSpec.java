package nl.impact.calc.kpi;

import nl.impact.model.ParameterKind;

/**
 * A parameter a KPI calculator reads. A number is read like any scenario parameter (value,
 * perYear or min/max, with provenance) or names a shared parameter; a text is one word (a
 * domain); a list is a list of words (effects or quantities that count).
 *
 * @param kind for a number: which values it accepts; null for text and lists
 */
public record KpiParameterSpec(String name, Form form, ParameterKind kind, String unit, String description,
        boolean required) {

    public enum Form { NUMBER, TEXT, LIST }

    public static KpiParameterSpec number(String name, ParameterKind kind, String unit, String description,
            boolean required) {
        return new KpiParameterSpec(name, Form.NUMBER, kind, unit, description, required);
    }

    public static KpiParameterSpec text(String name, String description, boolean required) {
        return new KpiParameterSpec(name, Form.TEXT, null, "", description, required);
    }

    public static KpiParameterSpec list(String name, String description, boolean required) {
        return new KpiParameterSpec(name, Form.LIST, null, "", description, required);
    }

    /** What the scenario must give, for messages and listings. */
    public String expected() {
        return switch (form) {
            case NUMBER -> kind.expected();
            case TEXT -> "a text";
            case LIST -> "a list of texts";
        };
    }
}
