package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.impact.calc.BudgetLinePlan;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.model.Band;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Parameter;
import nl.impact.model.Provenance;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;
import nl.impact.scenario.Problems;

/**
 * Computes the begroting: each line's cost per plan year and variant, split over its financiers by
 * their shares. Exact and undiscounted; a named quantity is taken from its kernaanpak's results.
 */
final class BudgetCalculator {

    private final Scenario scenario;
    private final YearRange years;
    private final Map<String, KernaanpakResult> kernaanpakken;
    private final CalculatorRegistry calculators;
    private final Problems problems;

    BudgetCalculator(Scenario scenario, List<KernaanpakResult> results, CalculatorRegistry calculators,
            Problems problems) {
        this.scenario = scenario;
        this.years = scenario.years();
        this.kernaanpakken = results.stream().collect(Collectors.toMap(r -> r.kernaanpak().id(), Function.identity()));
        this.calculators = calculators;
        this.problems = problems;
    }

    Optional<BudgetLineResult> compute(BudgetLine line) {
        if (!line.hasFormulas()) {
            return compute(line, null, null);
        }
        // Formula figures: the line's plan, evaluated like a kernaanpak's, per variant.
        KernaanpakResult owner = kernaanpakken.get(line.kernaanpak());
        List<CalculationPlan.PlanProblem> planProblems = new ArrayList<>();
        CalculationPlan plan = BudgetLinePlan.build(scenario.parameters(), line,
                owner == null ? null : owner.kernaanpak(),
                owner == null ? null : calculators.find(owner.kernaanpak().calculator()).orElseThrow(), planProblems);
        planProblems.forEach(p -> problems.add(p.path(), p.message()));
        if (!planProblems.isEmpty()) {
            return Optional.empty();
        }
        Map<Variant, Map<String, YearSeries>> values = new EnumMap<>(Variant.class);
        for (Variant variant : Variant.values()) {
            Optional<Map<String, YearSeries>> names = new VariantEvaluator(plan, variant, years, problems).evaluateNames();
            if (names.isEmpty()) {
                return Optional.empty();
            }
            values.put(variant, names.get());
        }
        return compute(line, plan, Band.from(values::get));
    }

    private Optional<BudgetLineResult> compute(BudgetLine line, CalculationPlan plan,
            Band<Map<String, YearSeries>> values) {
        Map<Variant, YearSeries> totals = new EnumMap<>(Variant.class);
        for (Variant variant : Variant.values()) {
            Optional<YearSeries> total = cost(line, variant, values);
            if (total.isEmpty()) {
                return Optional.empty();
            }
            totals.put(variant, total.get());
        }
        Band<YearSeries> total = Band.from(totals::get);
        List<Investment> investments = new ArrayList<>();
        line.shares().forEach((financier, share) -> investments.add(new Investment(line.id(), line.kernaanpak(),
                financier, Band.from(v -> times(total.get(v), share, v)))));
        List<CalculationPlan.Node> inputs = plan == null ? List.of() : BudgetLinePlan.inputs(plan, line);
        return Optional.of(new BudgetLineResult(line, provenance(line, inputs), total, List.copyOf(investments), plan,
                values, inputs));
    }

    /** A figure's value: typed in, or computed by the line's plan when it is a formula. */
    private static BigDecimal figure(Parameter figure, Variant variant, int year, Band<Map<String, YearSeries>> values) {
        return figure.isFormula()
                ? values.get(variant).get(BudgetLinePlan.figureName(figure)).at(year)
                : figure.values().get(variant).at(year);
    }

    private Optional<YearSeries> cost(BudgetLine line, Variant variant, Band<Map<String, YearSeries>> values) {
        SortedMap<Integer, BigDecimal> euros = new TreeMap<>();
        for (int year = years.first(); year <= years.last(); year++) {
            BigDecimal value;
            if (line.cost() instanceof BudgetCost.Amount amount) {
                value = figure(amount.amount(), variant, year, values);
            } else {
                BudgetCost.PerUnit perUnit = (BudgetCost.PerUnit) line.cost();
                Optional<BigDecimal> quantity = quantity(line, perUnit.quantity(), variant, year, values);
                if (quantity.isEmpty()) {
                    return Optional.empty();
                }
                value = quantity.get().multiply(figure(perUnit.tariff(), variant, year, values));
            }
            euros.put(year, value);
        }
        return Optional.of(new YearSeries(euros));
    }

    private Optional<BigDecimal> quantity(BudgetLine line, BudgetCost.Quantity quantity, Variant variant, int year,
            Band<Map<String, YearSeries>> values) {
        if (quantity instanceof BudgetCost.GivenQuantity given) {
            return Optional.of(figure(given.parameter(), variant, year, values));
        }
        BudgetCost.NamedQuantity named = (BudgetCost.NamedQuantity) quantity;
        BigDecimal value = kernaanpakken.get(line.kernaanpak()).values().get(variant).get(named.name()).at(year);
        if (value.signum() < 0) {
            // A computed quantity can turn negative where a given one cannot; a negative cost is no investment.
            problems.add(named.path(), "'" + named.name() + "' is " + value.stripTrailingZeros().toPlainString()
                    + " in " + year + " (" + variant.key() + "); a budget quantity must be zero or more");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static YearSeries times(YearSeries series, Parameter share, Variant variant) {
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        series.values().forEach((year, v) -> out.put(year, v.multiply(share.values().get(variant).at(year))));
        return new YearSeries(out);
    }

    /**
     * The least certain provenance of the line's figures; a formula figure counts with every input
     * under it (a computed quantity as derived).
     */
    private Provenance.Kind provenance(BudgetLine line, List<CalculationPlan.Node> inputs) {
        List<Provenance.Kind> kinds = new ArrayList<>();
        inputs.forEach(n -> kinds.add(n.parameter() == null ? Provenance.Kind.DERIVED : n.parameter().provenance().kind()));
        line.split().values().forEach(s -> kinds.add(s.provenance().kind()));
        if (line.cost() instanceof BudgetCost.Amount amount) {
            kinds.add(amount.amount().provenance().kind());
        } else {
            BudgetCost.PerUnit perUnit = (BudgetCost.PerUnit) line.cost();
            kinds.add(perUnit.tariff().provenance().kind());
            kinds.add(quantityProvenance(line, perUnit.quantity()));
        }
        return Provenance.weakest(kinds);
    }

    /** A named quantity has the provenance of the parameter it names; a computed one is derived. */
    private Provenance.Kind quantityProvenance(BudgetLine line, BudgetCost.Quantity quantity) {
        if (quantity instanceof BudgetCost.GivenQuantity given) {
            return given.parameter().provenance().kind();
        }
        String name = ((BudgetCost.NamedQuantity) quantity).name();
        return kernaanpakken.get(line.kernaanpak()).plan().nodes().stream()
                .filter(n -> n.name().equals(name))
                .findFirst()
                .map(CalculationPlan.Node::parameter)
                .map(p -> p.provenance().kind())
                .orElse(Provenance.Kind.DERIVED);
    }
}
