package nl.impact.calc.kpi;

import java.util.List;

/**
 * Defines a KPI from its parameters in the scenario: found with {@link java.util.ServiceLoader} like
 * the kernaanpak calculators, so a third party adds one with a jar that has a
 * {@code META-INF/services/nl.impact.calc.kpi.KpiCalculator} entry. A scenario names it by
 * {@link #id()} in a KPI's {@code calculator:}. A calculator writes the KPI once, as a
 * {@link KpiFormula}; the exact engine and the simulation both compute it from that.
 */
public interface KpiCalculator {

    /** What the yearly values of a calculator's formula are, which decides how a cumulative KPI adds them up. */
    enum Values {
        /** A flow per year (euros saved, persons freed): a cumulative KPI gets the running total. */
        FLOW,
        /** A level reached in the year (a gap, a count on a date): taken as it is. */
        LEVEL,
        /** No model value: the KPI is only measured, and only realisations are judged. */
        NONE
    }

    /** The name a scenario uses in a KPI's {@code calculator:}. */
    String id();

    /** One line on what it computes. */
    String description();

    /** The parameters it reads; see {@link KpiParameterSpec#required()}. */
    List<KpiParameterSpec> parameters();

    Values values();

    /**
     * The KPI as a formula over names: selections of the computed plan, the KPI's numbers and
     * constants. Checks what the formula cannot (a target on the wrong side, a year that must be
     * whole) and says where. Never called when {@link #values()} is {@link Values#NONE}.
     *
     * @throws KpiException with the path of the parameter at fault
     */
    KpiFormula formula(KpiContext context) throws KpiException;
}
