package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.impact.calc.BudgetLinePlan;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.plan.Factor;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.plan.Scope;
import nl.impact.model.Band;
import nl.impact.model.BudgetLine;
import nl.impact.model.Paths;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;

/**
 * Computes a scenario exactly: compiles it into its {@link Plan} and evaluates the plan in every
 * variant, the kernaanpakken first, then the begroting; the results are what the reports read.
 * Values stay exact and undiscounted.
 */
public final class Engine {

    private static final Variant[] VARIANTS = Variant.values();

    private final CalculatorRegistry calculators;

    public Engine(CalculatorRegistry calculators) {
        this.calculators = calculators;
    }

    public RunResult run(Scenario scenario) throws InvalidInputException {
        if (scenario.hasAreas()) {
            return new AreaEngine(calculators).run(scenario);
        }
        Problems problems = new Problems(scenario.file().toString(), scenario.sourceMap());
        List<CalculationPlan.PlanProblem> planProblems = new ArrayList<>();
        Plan plan = Plan.build(scenario, scenario.parameters(), calculators, planProblems);
        planProblems.forEach(p -> problems.add(p.path(), p.message()));
        problems.throwIfAny();
        return evaluate(plan, problems, Adjustments.NONE);
    }

    /**
     * The plan of {@code computed} evaluated again with {@code adjustments}: names and flows replaced in
     * some years (realised volumes and spend, activities stopped), everything computed from them
     * following. Without KPIs. Not for a scenario with an area table, whose flows are summed over areas.
     */
    public static RunResult evaluate(RunResult computed, Adjustments adjustments) throws InvalidInputException {
        if (computed.scenario().hasAreas()) {
            throw new IllegalArgumentException("adjustments are evaluated for a scenario without an area table");
        }
        Scenario scenario = computed.scenario();
        return evaluate(computed.plan(), new Problems(scenario.file().toString(), scenario.sourceMap()), adjustments);
    }

    private static RunResult evaluate(Plan plan, Problems problems, Adjustments adjustments)
            throws InvalidInputException {
        Scenario scenario = plan.scenario();
        ExactEvaluator[] evaluators = evaluators(plan, problems, adjustments);
        FlowValues[] flows = new FlowValues[plan.flows().size()];
        List<KernaanpakResult> results = new ArrayList<>();
        for (int k = 0; k < scenario.kernaanpakken().size(); k++) {
            kernaanpak(plan, plan.kernaanpak(k), evaluators, problems, flows).ifPresent(results::add);
        }
        problems.throwIfAny();
        List<BudgetLineResult> lines = new ArrayList<>();
        for (int l = 0; l < scenario.begroting().lines().size(); l++) {
            line(plan, l, evaluators, flows).ifPresent(lines::add);
        }
        for (int s = 0; s < scenario.settlements().size(); s++) {
            settlement(plan, plan.settlement(s), evaluators, flows);
        }
        problems.throwIfAny();
        return new RunResult(plan, scenario, List.of(flows), List.copyOf(results), List.copyOf(lines), List.of(), null);
    }

    /**
     * The scenario's plan, compiled as {@link #run} compiles it (with an area table's columns as
     * names), without evaluating it: where a recomputation reads the values its inputs were set to.
     */
    public Plan plan(Scenario scenario) throws InvalidInputException {
        Problems problems = new Problems(scenario.file().toString(), scenario.sourceMap());
        List<CalculationPlan.PlanProblem> planProblems = new ArrayList<>();
        Plan plan = Plan.build(scenario, scenario.hasAreas() ? scenario.areas().withColumns(scenario.parameters())
                : scenario.parameters(), calculators, planProblems);
        planProblems.forEach(p -> problems.add(p.path(), p.message()));
        problems.throwIfAny();
        return plan;
    }

    static ExactEvaluator[] evaluators(Plan plan, Problems problems) {
        return evaluators(plan, problems, Adjustments.NONE);
    }

    private static ExactEvaluator[] evaluators(Plan plan, Problems problems, Adjustments adjustments) {
        ExactEvaluator[] evaluators = new ExactEvaluator[VARIANTS.length];
        for (Variant v : VARIANTS) {
            evaluators[v.ordinal()] = new ExactEvaluator(plan, v, problems, Map.of(), adjustments);
        }
        return evaluators;
    }

    /** A kernaanpak's names, quantities and effects in every variant, or empty when something failed. */
    static Optional<KernaanpakResult> kernaanpak(Plan plan, Scope scope, ExactEvaluator[] evaluators,
            Problems problems, FlowValues[] flows) {
        for (ExactEvaluator evaluator : evaluators) {
            if (!evaluator.evaluate(scope.index())) {
                return Optional.empty();
            }
        }
        YearRange years = plan.years();
        Band<Map<String, YearSeries>> values = Band.from(v -> series(evaluators[v.ordinal()].names(scope.index()),
                years.first()));
        Map<Variant, Map<String, YearSeries>> figures = new java.util.EnumMap<>(Variant.class);
        for (Flow flow : plan.effects(scope)) {
            BigDecimal[][] euros = new BigDecimal[VARIANTS.length][];
            BigDecimal[][] perStart = new BigDecimal[VARIANTS.length][];
            for (ExactEvaluator evaluator : evaluators) {
                Map<String, YearSeries> known = figures.computeIfAbsent(evaluator.variant(), v -> new LinkedHashMap<>());
                for (Factor factor : new Factor[] {flow.amount(), flow.correction()}) {
                    if (factor instanceof Factor.Figure figure && !known.containsKey(figure.parameter().path())) {
                        Optional<BigDecimal[]> value = evaluator.factor(figure);
                        if (value.isEmpty()) {
                            return Optional.empty();
                        }
                        known.put(figure.parameter().path(), series(value.get(), years.first()));
                    }
                }
                Optional<BigDecimal[]> cases = evaluator.cases(flow);
                if (cases.isEmpty()) {
                    return Optional.empty();
                }
                BigDecimal[] value = evaluator.adjusted(flow, cases.get());
                perStart[evaluator.variant().ordinal()] = value;
                euros[evaluator.variant().ordinal()] = evaluator.spread(flow, value);
            }
            for (BigDecimal[] variant : euros) {
                if (!ExactEvaluator.withinMagnitude(variant)) {
                    problems.add(Paths.child(flow.path(), "amounts"), (flow.unit().isEuro() ? "euros" : flow.unit().key())
                            + " in a year beyond -1e15 to 1e15 (the limit on magnitudes): volume x amount x correction "
                            + "is too large");
                    return Optional.empty();
                }
            }
            flows[flow.index()] = new FlowValues(flow, Band.from(v -> series(perStart[v.ordinal()], years.first())),
                    Band.from(v -> series(euros[v.ordinal()], years.first())));
        }
        for (Variant v : VARIANTS) {
            figures.putIfAbsent(v, new LinkedHashMap<>());
        }
        return Optional.of(KernaanpakResult.of(plan, scope, values, Band.from(figures::get), flows));
    }

    /**
     * A budget line's cost and the part each financier pays, in every variant, after the kernaanpakken
     * the evaluators have evaluated; empty when its figures fail (the problem is recorded).
     */
    /**
     * A settlement's flows in every variant: each term's value per start year (a cost, or an effect's
     * cases) times its share, spread by its timing; false when a figure fails (the problem is recorded).
     */
    static boolean settlement(Plan plan, List<Flow> terms, ExactEvaluator[] evaluators, FlowValues[] flows) {
        if (terms.isEmpty()) {
            return true;
        }
        int index = terms.get(0).scope();
        if (index >= 0 && plan.scope(index).isLine() && plan.scope(index).line().id().equals(terms.get(0).source())) {
            for (ExactEvaluator evaluator : evaluators) {
                if (!evaluator.evaluate(index)) {
                    return false;
                }
            }
        }
        int first = plan.years().first();
        for (Flow term : terms) {
            BigDecimal[][] cases = new BigDecimal[VARIANTS.length][];
            BigDecimal[][] euros = new BigDecimal[VARIANTS.length][];
            for (ExactEvaluator evaluator : evaluators) {
                Optional<BigDecimal[]> value = evaluator.cases(term);
                Optional<BigDecimal[]> moved = value.flatMap(v -> evaluator.shared(term, v));
                if (moved.isEmpty()) {
                    return false;
                }
                cases[evaluator.variant().ordinal()] = value.get();
                euros[evaluator.variant().ordinal()] = evaluator.spread(term, moved.get());
            }
            flows[term.index()] = new FlowValues(term, Band.from(v -> series(cases[v.ordinal()], first)),
                    Band.from(v -> series(euros[v.ordinal()], first)));
        }
        return true;
    }

    static Optional<BudgetLineResult> line(Plan plan, int l, ExactEvaluator[] evaluators, FlowValues[] flows) {
        BudgetLine line = plan.scenario().begroting().lines().get(l);
        int index = plan.lineScope(l);
        Scope scope = index < 0 ? null : plan.scope(index);
        boolean own = scope != null && scope.isLine();
        if (own) {
            for (ExactEvaluator evaluator : evaluators) {
                if (!evaluator.evaluate(index)) {
                    return Optional.empty();
                }
            }
        }
        List<Flow> parts = plan.line(l);
        YearRange years = plan.years();
        BigDecimal[][] costs = new BigDecimal[VARIANTS.length][];
        for (ExactEvaluator evaluator : evaluators) {
            Optional<BigDecimal[]> cost = evaluator.cases(parts.get(0));
            if (cost.isEmpty()) {
                return Optional.empty();
            }
            costs[evaluator.variant().ordinal()] = cost.get();
        }
        List<Investment> investments = new ArrayList<>();
        boolean adjusted = false;
        for (Flow part : parts) {
            BigDecimal[][] paid = new BigDecimal[VARIANTS.length][];
            for (ExactEvaluator evaluator : evaluators) {
                Optional<BigDecimal[]> value = evaluator.shared(part, costs[evaluator.variant().ordinal()]);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                paid[evaluator.variant().ordinal()] = evaluator.adjusted(part, value.get());
            }
            adjusted |= evaluators[0].adjusts(part);
            Band<YearSeries> euros = Band.from(v -> series(paid[v.ordinal()], years.first()));
            investments.add(new Investment(line.id(), line.kernaanpak(), part.financier(), euros));
        }
        if (adjusted) {
            // A part paid differently from the plan: the line's cost is what its financiers paid.
            for (Variant v : VARIANTS) {
                BigDecimal[] sum = new BigDecimal[costs[v.ordinal()].length];
                for (int p = 0; p < sum.length; p++) {
                    BigDecimal total = BigDecimal.ZERO;
                    for (Investment i : investments) {
                        total = total.add(i.values().get(v).at(years.first() + p));
                    }
                    sum[p] = total;
                }
                costs[v.ordinal()] = sum;
            }
        }
        Band<YearSeries> total = Band.from(v -> series(costs[v.ordinal()], years.first()));
        for (int i = 0; i < parts.size(); i++) {
            flows[parts.get(i).index()] = new FlowValues(parts.get(i), total, investments.get(i).values());
        }
        CalculationPlan names = own ? scope.names() : null;
        Band<Map<String, YearSeries>> values = own
                ? Band.from(v -> series(evaluators[v.ordinal()].names(index), years.first())) : null;
        List<CalculationPlan.Node> inputs = own ? BudgetLinePlan.inputs(names, line) : List.of();
        int owner = plan.lineKernaanpak(l);
        CalculationPlan kernaanpak = owner < 0 ? null : plan.scope(owner).names();
        return Optional.of(new BudgetLineResult(line, LineProvenance.of(line, inputs, kernaanpak), total,
                List.copyOf(investments), names, values, inputs));
    }

    private static Map<String, YearSeries> series(Map<String, BigDecimal[]> names, int firstYear) {
        Map<String, YearSeries> out = new LinkedHashMap<>();
        names.forEach((name, values) -> out.put(name, series(values, firstYear)));
        return out;
    }

    static YearSeries series(BigDecimal[] values, int firstYear) {
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put(firstYear + i, values[i]);
        }
        return new YearSeries(out);
    }
}
