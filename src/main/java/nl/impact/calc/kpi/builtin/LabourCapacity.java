package nl.impact.calc.kpi.builtin;

import static nl.impact.model.ParameterKind.AMOUNT;
import static nl.impact.model.ParameterKind.FRACTION;
import static nl.impact.model.ParameterKind.RATE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.calc.kpi.Inputs;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiContext;
import nl.impact.calc.kpi.KpiException;
import nl.impact.calc.kpi.KpiFormula;
import nl.impact.calc.kpi.KpiParameterSpec;
import nl.impact.calc.kpi.Selector;
import nl.impact.model.Effect;
import nl.impact.model.EffectUnit;
import nl.impact.model.Kernaanpak;
import nl.impact.model.KpiSelection;

/**
 * Care and welfare capacity freed by the kernaanpakken, in persons (the plan's KPI 4, the
 * labour-market gap). Three routes, any or all:
 * <ul>
 * <li>euros: the selected effects (savings) times the share that is personnel cost, divided by
 * the personnel cost of one FTE;</li>
 * <li>hours: the selected quantities, which must be hours of work saved, divided by the hours of
 * one FTE.</li>
 * <li>capacity: the selected effects in hours ({@code unit: uur}, divided by the hours of one FTE),
 * FTE ({@code unit: fte}) or persons ({@code unit: personen}, added after the FTE became persons).</li>
 * </ul>
 * FTE become persons through the average contract size ({@code ftePerPerson}). Which effects and
 * quantities count is the scenario's choice, not the calculator's. As a formula:
 * <pre>
 * (capacityFte + effects x labourShare / euroPerFte + (quantities + capacityUur) / hoursPerFte) / ftePerPerson
 *     + capacityPersonen
 * </pre>
 * with only the parts the KPI selects something for.
 */
public final class LabourCapacity implements KpiCalculator {

    @Override
    public String id() {
        return "labour-capacity";
    }

    @Override
    public String description() {
        return "Capacity freed by the kernaanpakken in persons, through euros per FTE and/or hours per FTE";
    }

    @Override
    public List<KpiParameterSpec> parameters() {
        return List.of(
                KpiParameterSpec.list("effects", "effects whose euros count as freed capacity, as kernaanpak/effect "
                        + "(* for any)", false),
                KpiParameterSpec.list("domains", "only the selected effects' amounts in these domains (default: all)", false),
                KpiParameterSpec.number("labourShare", FRACTION, "fraction",
                        "share of the selected euros that is personnel cost (needed with effects)", false),
                KpiParameterSpec.number("euroPerFte", AMOUNT, "euro per fte per year",
                        "personnel cost of one FTE in a year (needed with effects)", false),
                KpiParameterSpec.list("quantities", "quantities that are hours of work saved, as kernaanpak/quantity "
                        + "(* for any)", false),
                KpiParameterSpec.list("capacity", "effects in uur, fte or personen (capacity.csv) that count as "
                        + "freed capacity, as kernaanpak/effect (* for any)", false),
                KpiParameterSpec.number("hoursPerFte", RATE, "hours per fte per year",
                        "hours one FTE works in a year (needed with quantities or capacity in uur)", false),
                KpiParameterSpec.number("ftePerPerson", FRACTION, "fte per person",
                        "average contract size: FTE per person employed", true));
    }

    @Override
    public Values values() {
        return Values.FLOW;
    }

    @Override
    public KpiFormula formula(KpiContext ctx) throws KpiException {
        List<String> effects = ctx.texts("effects");
        List<String> quantities = ctx.texts("quantities");
        List<String> capacity = ctx.texts("capacity");
        List<String> domains = ctx.texts("domains");
        if (effects.isEmpty() && quantities.isEmpty() && capacity.isEmpty()) {
            throw new KpiException(ctx.kpi().path(), "give 'effects' (euros), 'quantities' (hours), 'capacity' "
                    + "(effects in uur, fte or personen) or several: without them no capacity is freed");
        }
        for (String domain : domains) {
            if (ctx.scenario().domain(domain).isEmpty()) {
                throw new KpiException(ctx.path("domains"), nl.impact.model.Domain.unknown(domain,
                        ctx.scenario().domains().keySet()));
            }
        }
        List<Selector> capacitySelectors = Selector.parse(capacity, ctx.path("capacity"));
        String path = ctx.kpi().path();
        int last = ctx.scenario().years().effectsUntil();
        Map<String, KpiFormula.Term> names = new LinkedHashMap<>();
        List<String> fte = new ArrayList<>();
        List<String> hours = new ArrayList<>();
        if (selects(ctx, capacitySelectors, domains, EffectUnit.FTE)) {
            fte.add(capacity(names, capacity, domains, EffectUnit.FTE, path));
        }
        if (!effects.isEmpty()) {
            Selector.parse(effects, ctx.path("effects"));
            names.put("effects", new KpiFormula.Selection(new KpiSelection(KpiSelection.Kind.EFFECTS, effects, domains,
                    null, path)));
            names.put("labourShare", ctx.term("labourShare"));
            names.put("euroPerFte", ctx.term("euroPerFte"));
            Inputs.positive(ctx, "euroPerFte", last);
            fte.add("effects * labourShare / euroPerFte");
        }
        if (!quantities.isEmpty()) {
            Selector.parse(quantities, ctx.path("quantities"));
            names.put("quantities", new KpiFormula.Selection(new KpiSelection(KpiSelection.Kind.QUANTITIES, quantities,
                    List.of(), null, path)));
            hours.add("quantities");
        }
        if (selects(ctx, capacitySelectors, domains, EffectUnit.UUR)) {
            hours.add(capacity(names, capacity, domains, EffectUnit.UUR, path));
        }
        if (!hours.isEmpty()) {
            names.put("hoursPerFte", ctx.term("hoursPerFte"));
            Inputs.positive(ctx, "hoursPerFte", last);
            fte.add("(" + String.join(" + ", hours) + ") / hoursPerFte");
        }
        names.put("ftePerPerson", ctx.term("ftePerPerson"));
        Inputs.nonZero(ctx, "ftePerPerson", last);
        String formula = "(" + (fte.isEmpty() ? "0" : String.join(" + ", fte)) + ") / ftePerPerson";
        if (selects(ctx, capacitySelectors, domains, EffectUnit.PERSONEN)) {
            formula += " + " + capacity(names, capacity, domains, EffectUnit.PERSONEN, path);
        }
        return KpiFormula.of(formula, names);
    }

    /** Adds the name of the selected capacity in {@code unit}; returns the name. */
    private static String capacity(Map<String, KpiFormula.Term> names, List<String> items, List<String> domains,
            EffectUnit unit, String path) {
        String name = "capacity" + Character.toUpperCase(unit.key().charAt(0)) + unit.key().substring(1);
        names.put(name, new KpiFormula.Selection(new KpiSelection(KpiSelection.Kind.CAPACITY, items, domains, unit,
                path)));
        return name;
    }

    /** True when a selector picks an effect of the scenario in {@code unit} with an amount in the domains. */
    private static boolean selects(KpiContext ctx, List<Selector> selectors, List<String> domains, EffectUnit unit) {
        for (Kernaanpak k : ctx.scenario().kernaanpakken()) {
            for (Effect e : k.effects()) {
                if (e.unit() == unit && selectors.stream().anyMatch(s -> s.matches(k.id(), e.name()))
                        && (domains.isEmpty() || e.amounts().keySet().stream().anyMatch(domains::contains))) {
                    return true;
                }
            }
        }
        return false;
    }
}
