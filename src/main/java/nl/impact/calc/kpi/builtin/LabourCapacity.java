package nl.impact.calc.kpi.builtin;

import static nl.impact.model.ParameterKind.AMOUNT;
import static nl.impact.model.ParameterKind.FRACTION;
import static nl.impact.model.ParameterKind.RATE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.calc.kpi.Inputs;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiContext;
import nl.impact.calc.kpi.KpiException;
import nl.impact.calc.kpi.KpiParameterSpec;
import nl.impact.model.Band;
import nl.impact.model.CapacityResult;
import nl.impact.model.EffectResult;
import nl.impact.model.EffectUnit;
import nl.impact.model.QuantityResult;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;

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
 * quantities count is the scenario's choice, not the calculator's.
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
    public Band<YearSeries> expected(KpiContext ctx) throws KpiException {
        List<Selector> effectSelectors = Selector.parse(ctx.texts("effects"), ctx.path("effects"));
        List<String> domains = ctx.texts("domains");
        List<Selector> quantitySelectors = Selector.parse(ctx.texts("quantities"), ctx.path("quantities"));
        List<Selector> capacitySelectors = Selector.parse(ctx.texts("capacity"), ctx.path("capacity"));
        if (effectSelectors.isEmpty() && quantitySelectors.isEmpty() && capacitySelectors.isEmpty()) {
            throw new KpiException(ctx.kpi().path(), "give 'effects' (euros), 'quantities' (hours), 'capacity' "
                    + "(effects in uur, fte or personen) or several: without them no capacity is freed");
        }
        for (String domain : domains) {
            if (ctx.scenario().domain(domain).isEmpty()) {
                throw new KpiException(ctx.path("domains"), nl.impact.model.Domain.unknown(domain,
                        ctx.scenario().domains().keySet()));
            }
        }
        List<EffectResult> effects = ctx.effects()
                .filter(e -> effectSelectors.stream().anyMatch(s -> s.matches(e.kernaanpak(), e.effect())))
                .filter(e -> domains.isEmpty() || domains.contains(e.domain()))
                .toList();
        List<QuantityResult> quantities = ctx.quantities()
                .filter(q -> quantitySelectors.stream().anyMatch(s -> s.matches(q.kernaanpak(), q.name())))
                .toList();
        List<CapacityResult> capacity = ctx.capacity()
                .filter(c -> capacitySelectors.stream().anyMatch(s -> s.matches(c.kernaanpak(), c.effect())))
                .filter(c -> domains.isEmpty() || domains.contains(c.domain()))
                .toList();
        checkEverySelectorMatches(effectSelectors, capacitySelectors, ctx);
        for (Selector s : quantitySelectors) {
            if (ctx.quantities().noneMatch(q -> s.matches(q.kernaanpak(), q.name()))) {
                throw new KpiException(ctx.path("quantities"), "'" + s + "' matches no quantity of the kernaanpakken");
            }
        }
        YearRange years = ctx.scenario().years();
        return Inputs.perVariant(v -> {
            SortedMap<Integer, BigDecimal> persons = Inputs.zeros(years.first(), years.effectsUntil());
            for (int year : persons.keySet()) {
                BigDecimal hours = sumQuantities(quantities, v, year).add(sumCapacity(capacity, EffectUnit.UUR, v, year));
                boolean byHours = !quantities.isEmpty() || capacity.stream().anyMatch(c -> c.unit() == EffectUnit.UUR);
                BigDecimal value = persons(ctx, v, year, sum(effects, v, year), hours,
                        sumCapacity(capacity, EffectUnit.FTE, v, year), !effects.isEmpty(), byHours);
                persons.put(year, value.add(sumCapacity(capacity, EffectUnit.PERSONEN, v, year)));
            }
            return new YearSeries(persons);
        });
    }

    /**
     * In double precision when the effects are chosen by whole kernaanpakken ({@code k/*}, {@code *}/*):
     * the compiled plan sums effects per kernaanpak and domain, not per effect, so a selector of one
     * named effect has no compiled form, nor has a KPI that counts effects in uur, fte or personen
     * ({@code capacity}); such a KPI is then not simulated.
     */
    @Override
    public java.util.Optional<nl.impact.calc.kpi.CompiledKpi> compile(KpiContext ctx) throws KpiException {
        List<Selector> effectSelectors = Selector.parse(ctx.texts("effects"), ctx.path("effects"));
        if (effectSelectors.stream().anyMatch(s -> !s.name().equals("*")) || !ctx.texts("capacity").isEmpty()) {
            // Effects in uur, fte or personen stay out of the compiled plan, which computes euros only.
            return java.util.Optional.empty();
        }
        List<String> domains = ctx.texts("domains").isEmpty() ? List.copyOf(ctx.scenario().domains().keySet())
                : ctx.texts("domains");
        List<String> kernaanpakken = ctx.scenario().kernaanpakken().stream().map(k -> k.id())
                .filter(id -> effectSelectors.stream().anyMatch(s -> s.matches(id, "*"))).toList();
        List<Selector> quantitySelectors = Selector.parse(ctx.texts("quantities"), ctx.path("quantities"));
        List<QuantityResult> quantities = ctx.quantities()
                .filter(q -> quantitySelectors.stream().anyMatch(s -> s.matches(q.kernaanpak(), q.name())))
                .toList();
        boolean byEuros = !effectSelectors.isEmpty();
        boolean byHours = !quantitySelectors.isEmpty();
        return java.util.Optional.of((inputs, year, into, n) -> {
            java.util.Arrays.fill(into, 0, n, 0);
            if (byEuros) {
                for (String k : kernaanpakken) {
                    for (String domain : domains) {
                        double[] euros = inputs.effects(k, domain, year);
                        for (int d = 0; d < n; d++) {
                            into[d] += euros[d];
                        }
                    }
                }
                double[] share = inputs.number("labourShare", year);
                double[] perFte = inputs.number("euroPerFte", year);
                for (int d = 0; d < n; d++) {
                    into[d] = into[d] * share[d] / perFte[d];
                }
            }
            if (byHours) {
                double[] perFte = inputs.number("hoursPerFte", year);
                for (QuantityResult q : quantities) {
                    double[] hours = inputs.quantity(q.kernaanpak(), q.name(), year);
                    for (int d = 0; d < n; d++) {
                        into[d] += hours[d] / perFte[d];
                    }
                }
            }
            double[] perPerson = inputs.number("ftePerPerson", year);
            for (int d = 0; d < n; d++) {
                into[d] /= perPerson[d];
            }
        });
    }

    private static BigDecimal persons(KpiContext ctx, Variant v, int year, BigDecimal euros, BigDecimal hours,
            BigDecimal givenFte, boolean byEuros, boolean byHours) throws KpiException {
        BigDecimal fte = givenFte;
        if (byEuros) {
            BigDecimal labour = euros.multiply(Inputs.require(ctx, "labourShare", v, year));
            fte = fte.add(Inputs.divide(labour, positive(ctx, "euroPerFte", v, year), ctx, "euroPerFte"));
        }
        if (byHours) {
            fte = fte.add(Inputs.divide(hours, positive(ctx, "hoursPerFte", v, year), ctx, "hoursPerFte"));
        }
        return Inputs.divide(fte, Inputs.require(ctx, "ftePerPerson", v, year), ctx, "ftePerPerson")
                .round(FormulaExpression.MATH);
    }

    private static BigDecimal positive(KpiContext ctx, String name, Variant v, int year) throws KpiException {
        BigDecimal value = Inputs.require(ctx, name, v, year);
        if (value.signum() <= 0) {
            throw new KpiException(ctx.path(name), "expected more than zero, got " + value.toPlainString());
        }
        return value;
    }

    /**
     * Every selector matches an effect of its kind: euros under {@code effects}, hours, FTE or
     * persons under {@code capacity}; one that names an effect of the other kind says where it belongs.
     */
    private static void checkEverySelectorMatches(List<Selector> euros, List<Selector> capacity,
            KpiContext ctx) throws KpiException {
        for (Selector s : euros) {
            if (ctx.effects().noneMatch(e -> s.matches(e.kernaanpak(), e.effect()))) {
                Optional<CapacityResult> other = ctx.capacity().filter(c -> s.matches(c.kernaanpak(), c.effect()))
                        .findFirst();
                throw new KpiException(ctx.path("effects"), other.isPresent()
                        ? "'" + s + "' is an effect in " + other.get().unit().key() + ", not in euros: list it under "
                                + "'capacity'"
                        : "'" + s + "' matches no effect of the kernaanpakken");
            }
        }
        for (Selector s : capacity) {
            if (ctx.capacity().noneMatch(c -> s.matches(c.kernaanpak(), c.effect()))) {
                boolean euro = ctx.effects().anyMatch(e -> s.matches(e.kernaanpak(), e.effect()));
                throw new KpiException(ctx.path("capacity"), euro
                        ? "'" + s + "' is an effect in euros, not in uur, fte or personen: list it under 'effects' "
                                + "(with labourShare and euroPerFte)"
                        : "'" + s + "' matches no effect in uur, fte or personen of the kernaanpakken");
            }
        }
    }

    private static BigDecimal sumCapacity(List<CapacityResult> capacity, EffectUnit unit, Variant v, int year) {
        return capacity.stream().filter(c -> c.unit() == unit).map(c -> c.values().get(v).at(year))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<EffectResult> effects, Variant v, int year) {
        return effects.stream().map(e -> e.values().get(v).at(year)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sumQuantities(List<QuantityResult> quantities, Variant v, int year) {
        return quantities.stream().map(q -> q.values().get(v).at(year)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
