package nl.impact.calc.builtin;

import static nl.impact.model.ParameterKind.COUNT;

import java.util.List;
import nl.impact.calc.KernaanpakCalculator;
import nl.impact.calc.ParameterSpec;
import nl.impact.calc.QuantitySpec;

/**
 * Doorbraakmethode for multi-problem households: each household that starts is one case; its
 * effects per case (directe opbrengsten, kosten voorkomen korte termijn) are the scenario's.
 */
public final class Doorbraakmethode implements KernaanpakCalculator {

    @Override
    public String id() {
        return "doorbraakmethode";
    }

    @Override
    public String description() {
        return "Doorbraakmethode for multi-problem households: cases (huishoudens) starting per year";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec("huishoudens", COUNT, "huishoudens",
                "multi-problem households that start the approach in the year"));
    }

    @Override
    public List<QuantitySpec> quantities() {
        return List.of(new QuantitySpec("casussen", "casussen", "casussen gestart in het jaar (een per huishouden)",
                "huishoudens"));
    }
}
