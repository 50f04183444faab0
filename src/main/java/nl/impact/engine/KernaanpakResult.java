package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.plan.Scope;
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

    /**
     * The result of kernaanpak {@code scope} from its names' values and its effects' flows as
     * computed ({@code flows}, by flow index): its quantities are the named quantities of its plan,
     * its effects the flows of benefits, its capacity the others. The exact engine, the area engine
     * and a recomputation all assemble it here.
     */
    static KernaanpakResult of(Plan plan, Scope scope, Band<Map<String, YearSeries>> values,
            Band<Map<String, YearSeries>> effectParameters, FlowValues[] flows) {
        List<QuantityResult> quantities = new ArrayList<>();
        for (CalculationPlan.Node node : scope.names().nodes()) {
            if (node.isQuantity()) {
                quantities.add(new QuantityResult(scope.id(), node.name(), node.unit(), node.description(),
                        values.map(m -> m.get(node.name()))));
            }
        }
        List<EffectResult> effects = new ArrayList<>();
        List<CapacityResult> capacity = new ArrayList<>();
        for (Flow flow : plan.effects(scope)) {
            Band<YearSeries> euros = flows[flow.index()].euros();
            if (flow.kind() == Flow.Kind.BENEFIT) {
                effects.add(new EffectResult(flow.kernaanpak(), flow.source(), flow.domain(), flow.financier(), euros));
            } else {
                capacity.add(new CapacityResult(flow.kernaanpak(), flow.source(), flow.domain(), flow.financier(),
                        flow.unit(), euros));
            }
        }
        return new KernaanpakResult(scope.kernaanpak(), scope.names(), values, effectParameters,
                List.copyOf(quantities), List.copyOf(effects), List.copyOf(capacity));
    }

    /** An effect's amount or correction factor for cases starting in {@code startYear}. */
    public BigDecimal effectParameter(Parameter parameter, Variant variant, int startYear) {
        return effectParameters.get(variant).get(parameter.path()).at(startYear);
    }
}
