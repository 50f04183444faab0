package nl.impact.calc;

import nl.impact.model.ParameterKind;

/** A parameter a calculator needs, named the way the plan names it. */
public record ParameterSpec(String name, ParameterKind kind, String unit, String description) {
}
