package nl.impact.engine;

import java.util.List;
import java.util.Map;
import nl.impact.calc.CalculationPlan;
import nl.impact.model.Band;
import nl.impact.model.Kernaanpak;
import nl.impact.model.YearSeries;

/**
 * Everything computed for one kernaanpak: the value of every name (parameters and quantities) per
 * variant and plan year, the quantities, and the effects per domain. Flows are undiscounted.
 */
public record KernaanpakResult(
        Kernaanpak kernaanpak,
        CalculationPlan plan,
        Band<Map<String, YearSeries>> values,
        List<QuantityResult> quantities,
        List<EffectResult> effects) {
}
