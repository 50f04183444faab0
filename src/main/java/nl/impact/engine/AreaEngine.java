package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.plan.Factor;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.plan.Scope;
import nl.impact.model.Area;
import nl.impact.model.AreaTable;
import nl.impact.model.Band;
import nl.impact.model.BudgetLine;
import nl.impact.model.Parameter;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;
import nl.impact.model.YearValues;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;

/**
 * Computes a scenario with an area table: its {@link Plan}'s per-area flows in every area, the
 * area's columns as names, from the year and where its roll-out says. One pass over the areas adds
 * each area's values into its own business case and into the totals ({@link AreaSums}); the
 * gemeenten are then added up from the areas. The kernaanpakken's and budget lines' results are the
 * totals over all areas. See docs/areas.md.
 */
public final class AreaEngine {

    /** Areas evaluated together: one column of a compiled plan's registers. */
    static final int BLOCK = 1024;
    /** From this many areas on, the compiled plan computes them (see docs/areas.md). */
    static final int COMPILED_FROM = 1000;

    private static final Variant[] VARIANTS = Variant.values();

    private final CalculatorRegistry calculators;
    private final int compiledFrom;

    public AreaEngine(CalculatorRegistry calculators) {
        this(calculators, COMPILED_FROM);
    }

    /** @param compiledFrom the number of areas from which the compiled plan computes them */
    AreaEngine(CalculatorRegistry calculators, int compiledFrom) {
        this.calculators = calculators;
        this.compiledFrom = compiledFrom;
    }

    public RunResult run(Scenario scenario) throws InvalidInputException {
        AreaTable table = scenario.areas();
        Problems problems = new Problems(scenario.file().toString(), scenario.sourceMap());
        List<CalculationPlan.PlanProblem> planProblems = new ArrayList<>();
        Plan plan = Plan.build(scenario, table.withColumns(scenario.parameters()), calculators, planProblems);
        planProblems.forEach(p -> problems.add(p.path(), p.message()));
        problems.throwIfAny();
        List<String> financiers = scenario.allFinanciers();
        AreaResults layout = new AreaResults(table, scenario.years(), financiers, List.of(), List.of());
        ExactEvaluator[] evaluators = Engine.evaluators(plan, problems);
        AreaSums sums = new AreaSums(plan, layout, evaluators);
        AreaCases source = areaCases(plan, new ExactAreaCases(plan), compiledFrom);
        List<AreaFlow> areas = new ArrayList<>(table.areas().size());
        List<Area> all = table.areas();
        for (int from = 0; from < all.size(); from += BLOCK) {
            List<Area> block = all.subList(from, Math.min(all.size(), from + BLOCK));
            BigDecimal[][] flows = sums.addBlock(block, source);
            for (int d = 0; d < block.size(); d++) {
                Area area = block.get(d);
                areas.add(AreaFlow.exact(area.code(), area.name(), area.gemeente(), flows[d]));
            }
        }
        FlowValues[] flowValues = new FlowValues[plan.flows().size()];
        for (Flow flow : plan.flows()) {
            if (flow.perArea()) {
                flowValues[flow.index()] = new FlowValues(flow,
                        Band.from(v -> Engine.series(sums.cases(flow, v), scenario.years().first())),
                        Band.from(v -> Engine.series(sums.euros(flow, v), scenario.years().first())));
            }
        }
        List<KernaanpakResult> results = new ArrayList<>();
        for (int k = 0; k < scenario.kernaanpakken().size(); k++) {
            results.add(kernaanpak(plan, plan.kernaanpak(k), sums, flowValues, Map.of()));
        }
        List<BudgetLineResult> lines = new ArrayList<>();
        for (int l = 0; l < scenario.begroting().lines().size(); l++) {
            if (plan.line(l).get(0).perArea()) {
                lines.add(line(plan, l, flowValues));
            } else {
                // A line of its own figures belongs to no area: computed once, as in a one-region scenario.
                Engine.line(plan, l, evaluators, flowValues).ifPresent(lines::add);
            }
        }
        for (int s = 0; s < scenario.settlements().size(); s++) {
            // A settlement of the plan's own figures is computed once; one of per-area flows comes from the sums.
            Engine.settlement(plan, plan.settlement(s).stream().filter(f -> !f.perArea()).toList(), evaluators,
                    flowValues);
        }
        problems.throwIfAny();
        List<String> reported = financiers;
        if (table.marketShares() != null) {
            MarketShareSplit split = new MarketShareSplit(table.marketShares(), financiers);
            List<AreaFlow> divided = new ArrayList<>(areas.size());
            for (int a = 0; a < areas.size(); a++) {
                divided.add(split.apply(areas.get(a), table.areas().get(a), scenario.years()));
            }
            areas = divided;
            reported = split.financiers();
        }
        AreaResults areaResults = new AreaResults(table, scenario.years(), reported, List.copyOf(areas),
                gemeenten(areas));
        return new RunResult(plan, scenario, List.of(flowValues), List.copyOf(results), List.copyOf(lines), List.of(),
                areaResults);
    }

    /**
     * What computes the areas of {@code plan}'s table, with {@code exact}'s kernaanpakken, figures and
     * cells: {@code exact} below {@code compiledFrom} areas, from there the compiled plan (or {@code
     * exact}, should a formula be beyond it). The one rule for a run and for a recomputation of it, so
     * that both read every area's values alike.
     */
    static AreaCases areaCases(Plan plan, ExactAreaCases exact, int compiledFrom) {
        return compiles(plan.scenario().areas().areas().size(), compiledFrom)
                ? CompiledAreaCases.of(plan, BLOCK, exact).orElse(exact) : exact;
    }

    /** True when a table of {@code areas} areas is computed by the compiled plan where it can be. */
    static boolean compiles(int areas, int compiledFrom) {
        return areas >= compiledFrom;
    }

    /**
     * A kernaanpak's totals over all areas: its effects, its summed names (quantities and volumes),
     * and the figures that are the same in every area (typed-in parameters, effect amounts), those at
     * the register paths of {@code overrides} with those values.
     */
    static KernaanpakResult kernaanpak(Plan plan, Scope scope, AreaSums sums, FlowValues[] flows,
            Map<String, Band<YearValues>> overrides) {
        YearRange years = plan.years();
        Map<Variant, Map<String, YearSeries>> values = perVariant();
        for (CalculationPlan.Node node : scope.names().nodes()) {
            Parameter p = node.parameter();
            if (p != null && !p.isFormula() && !plan.isColumn(node)) {
                for (Variant v : VARIANTS) {
                    values.get(v).put(node.name(), Engine.series(planYears(p, overrides, v, years), years.first()));
                }
            }
        }
        List<String> summed = plan.summed(scope);
        for (int i = 0; i < summed.size(); i++) {
            for (Variant v : VARIANTS) {
                values.get(v).put(summed.get(i), Engine.series(sums.summed(scope, i, v), years.first()));
            }
        }
        Map<Variant, Map<String, YearSeries>> figures = perVariant();
        for (Flow flow : plan.effects(scope)) {
            for (Factor factor : new Factor[] {flow.amount(), flow.correction()}) {
                if (factor instanceof Factor.Figure figure && !figure.isFormula()) {
                    for (Variant v : VARIANTS) {
                        figures.get(v).put(figure.parameter().path(),
                                Engine.series(planYears(figure.parameter(), overrides, v, years), years.first()));
                    }
                }
            }
        }
        return KernaanpakResult.of(plan, scope, Band.from(values::get), Band.from(figures::get), flows);
    }

    /** A budget line that reads its kernaanpak's names: its cost and parts over every area. */
    static BudgetLineResult line(Plan plan, int l, FlowValues[] flows) {
        BudgetLine line = plan.scenario().begroting().lines().get(l);
        List<Flow> parts = plan.line(l);
        Band<YearSeries> total = flows[parts.get(0).index()].cases();
        List<Investment> investments = new ArrayList<>();
        for (Flow part : parts) {
            investments.add(new Investment(line.id(), line.kernaanpak(), part.financier(), flows[part.index()].euros()));
        }
        int owner = plan.lineKernaanpak(l);
        CalculationPlan kernaanpak = owner < 0 ? null : plan.scope(owner).names();
        return new BudgetLineResult(line, LineProvenance.of(line, List.of(), kernaanpak), total,
                List.copyOf(investments));
    }

    private static BigDecimal[] planYears(Parameter p, Map<String, Band<YearValues>> overrides, Variant v,
            YearRange years) {
        Band<YearValues> values = overrides.getOrDefault(p.path(), p.values());
        BigDecimal[] out = new BigDecimal[years.last() - years.first() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(v).at(years.first() + i);
        }
        return out;
    }

    private static Map<Variant, Map<String, YearSeries>> perVariant() {
        Map<Variant, Map<String, YearSeries>> map = new EnumMap<>(Variant.class);
        for (Variant v : VARIANTS) {
            map.put(v, new LinkedHashMap<>());
        }
        return map;
    }

    /** Every gemeente's flows: the sum of its areas', in the order the gemeenten first appear. */
    private static List<AreaFlow> gemeenten(List<AreaFlow> areas) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (AreaFlow area : areas) {
            BigDecimal[] sum = sums.computeIfAbsent(area.gemeente(), g -> {
                BigDecimal[] zeros = new BigDecimal[area.size()];
                java.util.Arrays.fill(zeros, BigDecimal.ZERO);
                return zeros;
            });
            for (int i = 0; i < sum.length; i++) {
                sum[i] = sum[i].add(area.exact()[i]);
            }
        }
        List<AreaFlow> out = new ArrayList<>();
        sums.forEach((g, values) -> out.add(AreaFlow.exact(g, g, g, values)));
        return out;
    }
}
