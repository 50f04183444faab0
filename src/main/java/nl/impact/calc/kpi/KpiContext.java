package nl.impact.calc.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.impact.model.Kpi;
import nl.impact.model.Parameter;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;

/**
 * What a KPI calculator sees while it writes its formula: the KPI, its parameters and the
 * scenario. Values from the model only, so that calculators (stage calc) depend on nothing of the
 * engine that evaluates them; the computed plan is reached through the formula's selections.
 */
public interface KpiContext {

    Kpi kpi();

    /** The scenario the KPI belongs to. */
    Scenario scenario();

    /** A number parameter's value for a variant and year; empty when the KPI does not give it. */
    Optional<BigDecimal> number(String name, Variant variant, int year) throws KpiException;

    /** True when the KPI gives the parameter. */
    boolean has(String name);

    /** A text or list parameter; empty when the KPI does not give it. */
    List<String> texts(String name);

    /**
     * The last year a formula that reads only numbers is evaluated for: {@code years.effectsUntil},
     * or the KPI's own later last year ({@code years: {last: ...}} on the KPI).
     */
    default int lastYear() {
        return kpi().lastYear();
    }

    /** Where a parameter of this KPI stands (or would stand), for a {@link KpiException}. */
    String path(String name);

    /** The term of a formula that reads the KPI's number parameter {@code name}. */
    default KpiFormula.Number term(String name) throws KpiException {
        Parameter p = kpi().parameters().get(name);
        if (p == null) {
            throw new KpiException(kpi().path(), "missing parameter '" + name + "' for calculator '"
                    + kpi().calculator() + "'");
        }
        return new KpiFormula.Number(p, path(name));
    }
}
