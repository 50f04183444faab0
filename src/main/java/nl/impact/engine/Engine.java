package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.KernaanpakCalculator;
import nl.impact.model.Band;
import nl.impact.model.BudgetLine;
import nl.impact.model.CapacityResult;
import nl.impact.model.Domain;
import nl.impact.model.Effect;
import nl.impact.model.EffectResult;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Limits;
import nl.impact.model.Parameter;
import nl.impact.model.Paths;
import nl.impact.model.QuantityResult;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;

/**
 * Computes a scenario: for every kernaanpak and variant its quantities, then its effects, spread
 * over the years their timing gives; then the begroting. Values stay exact and undiscounted.
 */
public final class Engine {

    private final CalculatorRegistry calculators;

    public Engine(CalculatorRegistry calculators) {
        this.calculators = calculators;
    }

    public RunResult run(Scenario scenario) throws InvalidInputException {
        if (scenario.hasAreas()) {
            return new AreaEngine(calculators).run(scenario);
        }
        Problems problems = new Problems(scenario.file().toString(), scenario.sourceMap());
        List<KernaanpakResult> results = new ArrayList<>();
        for (Kernaanpak kernaanpak : scenario.kernaanpakken()) {
            compute(scenario, kernaanpak, problems).ifPresent(results::add);
        }
        problems.throwIfAny();
        BudgetCalculator budget = new BudgetCalculator(scenario, results, calculators, problems);
        List<BudgetLineResult> lines = new ArrayList<>();
        for (BudgetLine line : scenario.begroting().lines()) {
            budget.compute(line).ifPresent(lines::add);
        }
        problems.throwIfAny();
        return new RunResult(scenario, List.copyOf(results), List.copyOf(lines));
    }

    private Optional<KernaanpakResult> compute(Scenario scenario, Kernaanpak kernaanpak, Problems problems) {
        KernaanpakCalculator calculator = calculators.find(kernaanpak.calculator()).orElseThrow(
                () -> new IllegalStateException("calculator '" + kernaanpak.calculator() + "' vanished"));
        List<CalculationPlan.PlanProblem> planProblems = new ArrayList<>();
        CalculationPlan plan = CalculationPlan.build(scenario.parameters(), kernaanpak, calculator, planProblems);
        planProblems.forEach(p -> problems.add(p.path(), p.message()));
        if (!planProblems.isEmpty()) {
            return Optional.empty();
        }
        YearRange years = scenario.years();
        Map<Variant, Map<String, YearSeries>> values = new EnumMap<>(Variant.class);
        Map<Variant, Map<String, YearSeries>> effectParameters = new EnumMap<>(Variant.class);
        for (Variant variant : Variant.values()) {
            VariantEvaluator evaluator = new VariantEvaluator(plan, variant, years, problems);
            Optional<Map<String, YearSeries>> names = evaluator.evaluateNames();
            Optional<Map<String, YearSeries>> parameters = names.flatMap(
                    n -> evaluator.evaluateEffectParameters(kernaanpak.effects()));
            if (parameters.isEmpty()) {
                return Optional.empty();
            }
            values.put(variant, names.get());
            effectParameters.put(variant, parameters.get());
        }
        List<QuantityResult> quantities = plan.nodes().stream()
                .filter(CalculationPlan.Node::isQuantity)
                .map(n -> new QuantityResult(kernaanpak.id(), n.name(), n.unit(), n.description(),
                        Band.from(v -> values.get(v).get(n.name()))))
                .toList();
        List<EffectResult> effects = new ArrayList<>();
        List<CapacityResult> capacity = new ArrayList<>();
        for (Effect effect : kernaanpak.effects()) {
            for (Map.Entry<String, Parameter> amount : effect.amounts().entrySet()) {
                Domain domain = scenario.domain(amount.getKey()).orElseThrow();
                Band<YearSeries> flow = Band.from(v -> spread(effect,
                        effect.isLumpSum() ? null : values.get(v).get(effect.per()),
                        effectParameters.get(v).get(amount.getValue().path()),
                        effect.correction() == null ? null : effectParameters.get(v).get(effect.correction().path()),
                        years));
                if (!withinMagnitude(flow)) {
                    problems.add(Paths.child(effect.path(), "amounts"), (effect.isEuro() ? "euros" : effect.unit().key())
                            + " in a year beyond -1e15 to 1e15 (the limit on magnitudes): volume x amount x correction "
                            + "is too large");
                    return Optional.empty();
                }
                if (effect.isEuro()) {
                    effects.add(new EffectResult(kernaanpak.id(), effect.name(), domain.name(), domain.financier(), flow));
                } else {
                    capacity.add(new CapacityResult(kernaanpak.id(), effect.name(), domain.name(), domain.financier(),
                            effect.unit(), flow));
                }
            }
        }
        return Optional.of(new KernaanpakResult(kernaanpak, plan, Band.from(values::get),
                Band.from(effectParameters::get), quantities, List.copyOf(effects), List.copyOf(capacity)));
    }

    /** A final result within the limit on magnitudes in every variant and year. */
    private static boolean withinMagnitude(Band<YearSeries> euros) {
        for (Variant variant : Variant.values()) {
            if (!euros.get(variant).values().values().stream().allMatch(Limits::withinMagnitude)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Euros per effect year: every case starting in a plan year contributes volume x amount x
     * correction (1 when there is none) in each year its timing reaches, up to the last effect year.
     * A lump sum has no volume (null): its amount of each plan year is spread the same way.
     */
    private static YearSeries spread(Effect effect, YearSeries volume, YearSeries amount, YearSeries correction,
            YearRange years) {
        SortedMap<Integer, BigDecimal> euros = new TreeMap<>();
        years.effectYears().forEach(y -> euros.put(y, BigDecimal.ZERO));
        for (int start = years.first(); start <= years.last(); start++) {
            BigDecimal factor = correction == null ? BigDecimal.ONE : correction.at(start);
            BigDecimal units = volume == null ? BigDecimal.ONE : volume.at(start);
            BigDecimal cohort = units.multiply(amount.at(start)).multiply(factor);
            for (int year = start; year <= years.effectsUntil(); year++) {
                if (effect.timing().fallsIn(start, year)) {
                    euros.merge(year, cohort, BigDecimal::add);
                }
            }
        }
        return new YearSeries(euros);
    }
}
