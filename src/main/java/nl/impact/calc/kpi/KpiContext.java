package nl.impact.calc.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.impact.model.CapacityResult;
import nl.impact.model.EffectResult;
import nl.impact.model.Kpi;
import nl.impact.model.QuantityResult;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;

/**
 * What a KPI calculator sees: the KPI, its parameters and the computed kernaanpakken. Values from
 * the model only, so that calculators (stage calc) depend on nothing of the engine that runs them.
 */
public interface KpiContext {

    Kpi kpi();

    /** The scenario the KPI belongs to. */
    Scenario scenario();

    /** Every computed effect in euros: per kernaanpak, effect and domain, per year and variant. */
    Stream<EffectResult> effects();

    /** Every computed quantity of the kernaanpakken (a calculator's named values), per year and variant. */
    Stream<QuantityResult> quantities();

    /** Every computed effect in hours, FTE or persons, per year and variant. */
    Stream<CapacityResult> capacity();

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
