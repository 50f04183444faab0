package nl.impact.engine;

import java.util.List;
import java.util.stream.Stream;
import nl.impact.model.Scenario;

/** The outcome of computing a scenario: one result per kernaanpak, in the scenario's order. */
public record RunResult(Scenario scenario, List<KernaanpakResult> kernaanpakken) {

    public Stream<QuantityResult> quantities() {
        return kernaanpakken.stream().flatMap(k -> k.quantities().stream());
    }

    public Stream<EffectResult> effects() {
        return kernaanpakken.stream().flatMap(k -> k.effects().stream());
    }
}
