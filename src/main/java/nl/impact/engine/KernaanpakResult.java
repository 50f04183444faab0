package nl.impact.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.impact.calc.CalculationPlan;
import nl.impact.model.Band;
import nl.impact.model.CapacityResult;
import nl.impact.model.EffectResult;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Parameter;
import nl.impact.model.QuantityResult;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;

/**
 * Everything computed for one kernaanpak: the value of every name (parameters and quantities) per
 * variant and plan year, the value of every effect's amounts and correction factor for cases
 * starting in each plan year (by the parameter's path), the quantities, and the effects per
 * domain in euros; effects in hours, FTE or persons are {@code capacity}, apart from the euros.
 * Flows are undiscounted.
 */
public record KernaanpakResult(
        Kernaanpak kernaanpak,
        CalculationPlan plan,
        Band<Map<String, YearSeries>> values,
        Band<Map<String, YearSeries>> effectParameters,
        List<QuantityResult> quantities,
        List<EffectResult> effects,
        List<CapacityResult> capacity) {

    /** A result without effects in hours, FTE or persons. */
    public KernaanpakResult(Kernaanpak kernaanpak, CalculationPlan plan, Band<Map<String, YearSeries>> values,
            Band<Map<String, YearSeries>> effectParameters, List<QuantityResult> quantities,
            List<EffectResult> effects) {
        this(kernaanpak, plan, values, effectParameters, quantities, effects, List.of());
    }

    /** An effect's amount or correction factor for cases starting in {@code startYear}. */
    public BigDecimal effectParameter(Parameter parameter, Variant variant, int startYear) {
        return effectParameters.get(variant).get(parameter.path()).at(startYear);
    }
}
