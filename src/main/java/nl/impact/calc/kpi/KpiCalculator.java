package nl.impact.calc.kpi;

import java.util.List;
import nl.impact.model.Band;
import nl.impact.model.YearSeries;

/**
 * Computes a KPI's expected value from a computed scenario: found with {@link java.util.ServiceLoader}
 * like the kernaanpak calculators, so a third party adds one with a jar that has a
 * {@code META-INF/services/nl.impact.calc.kpi.KpiCalculator} entry. A scenario names it by
 * {@link #id()} in a KPI's {@code calculator:}.
 */
public interface KpiCalculator {

    /** What the yearly values a calculator returns are, which decides how a cumulative KPI adds them up. */
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
     * The expected value per variant and year (before any cumulation). Years it has no value for
     * are left out. Never called when {@link #values()} is {@link Values#NONE}.
     *
     * @throws KpiException with the path of the parameter at fault
     */
    Band<YearSeries> expected(KpiContext context) throws KpiException;

    /**
     * The calculation in double precision over draws, for {@code impact simulate}'s KPI
     * probabilities; called only after {@link #expected} succeeded on the same context. Empty when the
     * calculator has none for this KPI: the KPI is then listed as not simulated.
     */
    default java.util.Optional<CompiledKpi> compile(KpiContext context) throws KpiException {
        return java.util.Optional.empty();
    }
}
