package nl.impact.model;

import java.util.List;
import java.util.Map;

/** A core intervention: the calculator that models it, its parameters, formulas and effects. */
public record Kernaanpak(
        String id,
        String name,
        String description,
        String calculator,
        String path,
        Map<String, Parameter> parameters,
        List<Formula> formulas,
        List<Effect> effects) {
}
