package nl.impact.engine;

import java.util.List;
import java.util.stream.Stream;
import nl.impact.model.Scenario;

/**
 * The outcome of computing a scenario: one result per kernaanpak, in the scenario's order, and
 * one per KPI once {@code nl.impact.kpi.KpiEngine} has evaluated them (empty before).
 */
public record RunResult(Scenario scenario, List<KernaanpakResult> kernaanpakken, List<KpiResult> kpis) {

    public RunResult(Scenario scenario, List<KernaanpakResult> kernaanpakken) {
        this(scenario, kernaanpakken, List.of());
    }

    /** This result with the KPIs evaluated. */
    public RunResult withKpis(List<KpiResult> evaluated) {
        return new RunResult(scenario, kernaanpakken, List.copyOf(evaluated));
    }

    public Stream<QuantityResult> quantities() {
        return kernaanpakken.stream().flatMap(k -> k.quantities().stream());
    }

    public Stream<EffectResult> effects() {
        return kernaanpakken.stream().flatMap(k -> k.effects().stream());
    }
}
