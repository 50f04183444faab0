package nl.impact.calc;

import java.util.List;

/**
 * A calculator for one kind of kernaanpak, found with {@link java.util.ServiceLoader}: a third
 * party adds one by putting a jar on the class path with a
 * {@code META-INF/services/nl.impact.calc.KernaanpakCalculator} entry. A scenario names it by
 * {@link #id()}.
 *
 * <p>A calculator turns the kernaanpak's parameters into volumes (its quantities) year by year.
 * The scenario's effects then turn volumes into euros per domain, with their own timing and
 * correction factor, in the same way for every calculator.
 */
public interface KernaanpakCalculator {

    /** The name a scenario uses in {@code calculator:}, e.g. {@code welzijn-op-recept}. */
    String id();

    /** One line on what it models. */
    String description();

    /** The parameters it needs; all are required. */
    List<ParameterSpec> parameters();

    /** The quantities it computes, each a formula over parameters and earlier quantities. */
    List<QuantitySpec> quantities();

    /**
     * True for a generic calculator: the scenario defines its parameters and formulas, and
     * {@link #parameters()} lists none.
     */
    default boolean acceptsAnyParameter() {
        return false;
    }
}
