package nl.impact.calc.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.impact.engine.RunResult;
import nl.impact.model.Kpi;
import nl.impact.model.Variant;

/** What a KPI calculator sees: the KPI, its parameters and the computed scenario. */
public interface KpiContext {

    Kpi kpi();

    /** The computed kernaanpakken: their effects (euros per domain and year) and quantities. */
    RunResult run();

    /** A number parameter's value for a variant and year; empty when the KPI does not give it. */
    Optional<BigDecimal> number(String name, Variant variant, int year) throws KpiException;

    /** True when the KPI gives the parameter. */
    boolean has(String name);

    /** A text or list parameter; empty when the KPI does not give it. */
    List<String> texts(String name);

    /**
     * The last year to give a value for: {@code years.effectsUntil}, or the KPI's own later last year
     * ({@code years: {last: ...}} on the KPI). Years after the last one the calculator gives are
     * filled with its last value.
     */
    default int lastYear() {
        return kpi().lastYear();
    }

    /** Where a parameter of this KPI stands (or would stand), for a {@link KpiException}. */
    String path(String name);
}
