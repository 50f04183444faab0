package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.plan.Reach;
import nl.impact.calc.plan.Scope;
import nl.impact.model.Area;
import nl.impact.model.AreaTable;
import nl.impact.model.Band;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;
import nl.impact.model.YearValues;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;

/**
 * A computed run with some inputs of its register at other values ({@link InputOverrides}: figures
 * and cells of the area table), recomputing only the kernaanpakken and budget lines they reach
 * ({@link Reach}) with the engine's own code; the others keep their results. With an area table, a
 * kernaanpak a figure reaches is recomputed in every area, and one a cell reaches in that cell's area
 * only, new minus old; each gemeente's business case moves by what its areas' do.
 */
final class RecomputedRun {

    private static final Variant[] VARIANTS = Variant.values();

    private final RunResult base;
    private final Plan plan;
    private final Reach reach;
    private final AreaTable table;
    /** Per kernaanpak scope, its per-area flows' business case per gemeente as computed: once asked for. */
    private final Map<Integer, Map<String, BigDecimal[]>> gemeenteParts = new HashMap<>();

    RecomputedRun(RunResult base, Reach reach) {
        this.base = base;
        this.plan = base.plan();
        this.reach = reach;
        this.table = plan.scenario().areas();
    }

    RunResult run(InputOverrides overrides) throws InvalidInputException {
        if (!overrides.added().isEmpty() || !overrides.removed().isEmpty()) {
            throw new IllegalArgumentException("a recomputed run takes figures and cells, not areas added or removed");
        }
        if (overrides.isEmpty()) {
            return new RunResult(plan, base.scenario(), base.flows(), base.kernaanpakken(), base.budget(), List.of(),
                    base.areas());
        }
        Map<String, Band<YearValues>> figures = overrides.figures();
        Problems problems = new Problems(plan.scenario().file().toString(), plan.scenario().sourceMap());
        Set<Integer> reached = new TreeSet<>();
        Arrays.stream(reach.inputs(figures.keySet()).flows()).forEach(reached::add);
        Set<Integer> holding = scopesHolding(figures.keySet());
        ExactEvaluator[] evaluators = new ExactEvaluator[VARIANTS.length];
        for (Variant v : VARIANTS) {
            evaluators[v.ordinal()] = new ExactEvaluator(plan, v, problems, Map.of(), figures);
        }
        FlowValues[] flows = base.flows().toArray(FlowValues[]::new);
        List<KernaanpakResult> kernaanpakken = new ArrayList<>(base.kernaanpakken());
        BitSet evaluated = new BitSet();
        AreaResults areas = base.areas();
        Set<Integer> perArea = new TreeSet<>();
        if (table == null) {
            for (int k = 0; k < kernaanpakken.size(); k++) {
                Scope scope = plan.kernaanpak(k);
                if (holding.contains(scope.index()) || plan.effects(scope).stream().anyMatch(f -> reached.contains(f.index()))) {
                    Optional<KernaanpakResult> result = Engine.kernaanpak(plan, scope, evaluators, problems, flows);
                    problems.throwIfAny();
                    kernaanpakken.set(k, result.orElseThrow());
                    evaluated.set(scope.index());
                }
            }
        } else {
            for (int f : reached) {
                if (plan.flows().get(f).perArea()) {
                    perArea.add(ExactAreaCases.kernaanpakScope(plan, plan.flows().get(f)));
                }
            }
            for (int s : holding) {
                Scope scope = plan.scope(s);
                if (!scope.isLine()) {
                    perArea.add(s);
                } else if (scope.parent() >= 0) {
                    perArea.add(scope.parent());
                }
            }
            areas = areas(overrides, perArea, evaluators, flows, kernaanpakken, problems);
        }
        List<BudgetLineResult> budget = new ArrayList<>(base.budget());
        for (int l = 0; l < budget.size(); l++) {
            List<Flow> parts = plan.line(l);
            boolean perAreaLine = parts.get(0).perArea();
            if (perAreaLine && perArea.contains(plan.lineKernaanpak(l))) {
                budget.set(l, AreaEngine.line(plan, l, flows));
            } else if (!perAreaLine && (holding.contains(plan.lineScope(l))
                    || parts.stream().anyMatch(p -> reached.contains(p.index())))) {
                evaluateScopesRead(parts, evaluators, evaluated, problems);
                Optional<BudgetLineResult> line = Engine.line(plan, l, evaluators, flows);
                problems.throwIfAny();
                budget.set(l, line.orElseThrow());
            }
        }
        for (int s = 0; s < plan.scenario().settlements().size(); s++) {
            // A settlement of the plan's own figures; one of per-area flows moved with its kernaanpak's areas.
            List<Flow> terms = plan.settlement(s).stream().filter(f -> !f.perArea()).toList();
            if (terms.stream().noneMatch(t -> reached.contains(t.index()) || holding.contains(t.scope()))) {
                continue;
            }
            evaluateScopesRead(terms, evaluators, evaluated, problems);
            if (!Engine.settlement(plan, terms, evaluators, flows)) {
                throw new InvalidInputException(problems.list());
            }
        }
        return new RunResult(plan, base.scenario(), List.of(flows), List.copyOf(kernaanpakken), List.copyOf(budget),
                List.of(), areas);
    }

    /**
     * Evaluates, in every variant, the kernaanpakken whose names {@code terms} (a budget line's or a
     * settlement's) read and that are not evaluated yet: a line needs them. With an area table none
     * is needed: such lines are computed per area.
     */
    private void evaluateScopesRead(List<Flow> terms, ExactEvaluator[] evaluators, BitSet evaluated, Problems problems)
            throws InvalidInputException {
        if (table != null) {
            return;
        }
        for (int s : reach.scopes(terms.stream().map(Flow::index).toList())) {
            if (!evaluated.get(s) && !plan.scope(s).isLine()) {
                for (ExactEvaluator evaluator : evaluators) {
                    if (!evaluator.evaluate(s)) {
                        throw new InvalidInputException(problems.list());
                    }
                }
                evaluated.set(s);
            }
        }
    }

    /** The scopes with a name that is one of the inputs at {@code paths} (a shared parameter is in each that uses it). */
    private Set<Integer> scopesHolding(Set<String> paths) {
        Set<Integer> out = new TreeSet<>();
        for (Scope scope : plan.scopes()) {
            for (CalculationPlan.Node node : scope.own()) {
                if (node.parameter() != null && node.formula() == null && !plan.isColumn(node)
                        && paths.contains(node.parameter().path())) {
                    out.add(scope.index());
                }
            }
        }
        return out;
    }

    /**
     * The area scenario's part: the kernaanpakken {@code everywhere} recomputed in every area (their
     * flows, results and per-area lines), those the cells reach otherwise in the cells' areas; the
     * gemeenten moved by both; the latter are added to {@code everywhere}, so that every kernaanpak
     * whose per-area flows moved is in it. The business case per area is left out: only its gemeenten are kept.
     */
    private AreaResults areas(InputOverrides overrides, Set<Integer> everywhere, ExactEvaluator[] evaluators,
            FlowValues[] flows, List<KernaanpakResult> kernaanpakken, Problems problems) throws InvalidInputException {
        AreaResults layout = new AreaResults(table, plan.years(), plan.scenario().allFinanciers(), List.of(), List.of());
        MarketShareSplit split = table.marketShares() == null ? null
                : new MarketShareSplit(table.marketShares(), layout.financiers());
        Map<String, BigDecimal[]> moved = new LinkedHashMap<>();
        if (!everywhere.isEmpty()) {
            AreaSums sums = new AreaSums(plan, layout, evaluators);
            ExactAreaCases now = new ExactAreaCases(plan, everywhere, overrides.figures(), overrides.cells());
            pass(table.areas(), now, sums, overrides.cells(), split, moved, 1);
            for (int k : everywhere) {
                parts(k, layout, split).forEach((gemeente, values) -> add(moved, gemeente, values, -1));
            }
            for (Flow flow : plan.flows()) {
                if (flow.perArea() && everywhere.contains(ExactAreaCases.kernaanpakScope(plan, flow))) {
                    flows[flow.index()] = new FlowValues(flow, series(v -> sums.cases(flow, v)),
                            series(v -> sums.euros(flow, v)));
                }
            }
            for (int k = 0; k < kernaanpakken.size(); k++) {
                if (everywhere.contains(plan.kernaanpak(k).index())) {
                    kernaanpakken.set(k, AreaEngine.kernaanpak(plan, plan.kernaanpak(k), sums, flows,
                            overrides.figures()));
                }
            }
        }
        everywhere.addAll(cells(overrides, everywhere, evaluators, flows, kernaanpakken, layout, split, moved));
        List<AreaFlow> gemeenten = new ArrayList<>();
        for (AreaFlow gemeente : base.areas().gemeenten()) {
            BigDecimal[] by = moved.get(gemeente.code());
            if (by == null) {
                gemeenten.add(gemeente);
                continue;
            }
            BigDecimal[] values = new BigDecimal[gemeente.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = gemeente.value(i).add(by[i]);
            }
            gemeenten.add(AreaFlow.exact(gemeente.code(), gemeente.name(), gemeente.gemeente(), values));
        }
        AreaResults computed = base.areas();
        return new AreaResults(computed.table(), computed.years(), computed.financiers(), List.of(),
                List.copyOf(gemeenten));
    }

    /**
     * Areas whose cells change, for the kernaanpakken the changed columns reach that are not
     * recomputed everywhere (every kernaanpak when a column of market shares changes): each such
     * kernaanpak's flows, summed names and gemeente move by the areas' new minus old. Returns those
     * kernaanpakken (their per-area budget lines are summed anew).
     */
    private Set<Integer> cells(InputOverrides overrides, Set<Integer> everywhere, ExactEvaluator[] evaluators,
            FlowValues[] flows, List<KernaanpakResult> kernaanpakken, AreaResults layout, MarketShareSplit split,
            Map<String, BigDecimal[]> moved) throws InvalidInputException {
        Map<String, Area> byCode = new HashMap<>();
        table.areas().forEach(a -> byCode.put(a.code(), a));
        Set<Integer> touched = new TreeSet<>();
        List<Area> areas = new ArrayList<>();
        for (String code : new TreeSet<>(overrides.cells().keySet())) {
            Area area = byCode.get(code);
            if (area == null) {
                throw new IllegalArgumentException("no area " + code + " in the table");
            }
            Set<String> columns = overrides.cells().get(code).keySet();
            boolean shares = table.marketShares() != null && table.marketShares().insurers().stream()
                    .anyMatch(i -> columns.contains(table.columns().get(i.column()).name()));
            Set<Integer> reached = new TreeSet<>();
            Arrays.stream(reach.columns(columns).flows()).forEach(reached::add);
            Set<Integer> here = new TreeSet<>();
            for (Flow flow : plan.flows()) {
                if (flow.perArea() && (shares || reached.contains(flow.index()))) {
                    here.add(ExactAreaCases.kernaanpakScope(plan, flow));
                }
            }
            here.removeAll(everywhere);
            if (!here.isEmpty()) {
                // Every touched area is evaluated for every touched kernaanpak: one it does not reach moves by zero.
                touched.addAll(here);
                areas.add(area);
            }
        }
        if (touched.isEmpty() || areas.isEmpty()) {
            return touched;
        }
        Problems problems = new Problems(plan.scenario().file().toString(), plan.scenario().sourceMap());
        ExactEvaluator[] computed = Engine.evaluators(plan, problems);
        AreaSums old = new AreaSums(plan, layout, computed);
        AreaSums now = new AreaSums(plan, layout, evaluators);
        pass(areas, new ExactAreaCases(plan, touched, Map.of(), Map.of()), old, Map.of(), split, moved, -1);
        pass(areas, new ExactAreaCases(plan, touched, overrides.figures(), overrides.cells()), now, overrides.cells(),
                split, moved, 1);
        for (Flow flow : plan.flows()) {
            if (flow.perArea() && touched.contains(ExactAreaCases.kernaanpakScope(plan, flow))) {
                FlowValues was = flows[flow.index()];
                flows[flow.index()] = new FlowValues(flow,
                        moved(was.cases(), v -> now.cases(flow, v), v -> old.cases(flow, v)),
                        moved(was.euros(), v -> now.euros(flow, v), v -> old.euros(flow, v)));
            }
        }
        for (int k = 0; k < kernaanpakken.size(); k++) {
            Scope scope = plan.kernaanpak(k);
            if (touched.contains(scope.index())) {
                kernaanpakken.set(k, moved(kernaanpakken.get(k), scope, old, now, flows));
            }
        }
        return touched;
    }

    /** A kernaanpak's result with its summed names moved by new minus old, and its effects as {@code flows} now hold them. */
    private KernaanpakResult moved(KernaanpakResult was, Scope scope, AreaSums old, AreaSums now, FlowValues[] flows) {
        List<String> summed = plan.summed(scope);
        Map<Variant, Map<String, YearSeries>> values = new java.util.EnumMap<>(Variant.class);
        for (Variant v : VARIANTS) {
            Map<String, YearSeries> names = new LinkedHashMap<>(was.values().get(v));
            for (int i = 0; i < summed.size(); i++) {
                int at = i;
                names.put(summed.get(i), moved(names.get(summed.get(i)), now.summed(scope, at, v),
                        old.summed(scope, at, v)));
            }
            values.put(v, names);
        }
        return KernaanpakResult.of(plan, scope, Band.from(values::get), was.effectParameters(), flows);
    }

    /**
     * One kernaanpak's per-area flows as computed, per gemeente: what a recomputation in every area
     * takes away before it adds the new values.
     */
    private Map<String, BigDecimal[]> parts(int kernaanpak, AreaResults layout, MarketShareSplit split)
            throws InvalidInputException {
        Map<String, BigDecimal[]> known = gemeenteParts.get(kernaanpak);
        if (known == null) {
            Problems problems = new Problems(plan.scenario().file().toString(), plan.scenario().sourceMap());
            known = new LinkedHashMap<>();
            pass(table.areas(), new ExactAreaCases(plan, Set.of(kernaanpak), Map.of(), Map.of()),
                    new AreaSums(plan, layout, Engine.evaluators(plan, problems)), Map.of(), split, known, 1);
            gemeenteParts.put(kernaanpak, known);
        }
        return known;
    }

    /**
     * Evaluates {@code areas} a block at a time, adds them into {@code sums} and, times {@code sign},
     * each area's business case into its gemeente's (split by the area's market shares, as {@code cells} make them).
     * The areas are evaluated as the run evaluates its table ({@link AreaEngine#areaCases}: from its
     * size on by the compiled plan), with {@code exact}'s kernaanpakken and overrides, so that new
     * minus old is what a run of the scenario with the overrides computes.
     */
    private void pass(List<Area> areas, ExactAreaCases exact, AreaSums sums, Map<String, Map<String, BigDecimal>> cells,
            MarketShareSplit split, Map<String, BigDecimal[]> gemeenten, int sign) throws InvalidInputException {
        AreaCases source = AreaEngine.areaCases(plan, exact, AreaEngine.COMPILED_FROM);
        for (int from = 0; from < areas.size(); from += AreaEngine.BLOCK) {
            List<Area> block = areas.subList(from, Math.min(areas.size(), from + AreaEngine.BLOCK));
            BigDecimal[][] values = sums.addBlock(block, source);
            for (int d = 0; d < block.size(); d++) {
                Area area = block.get(d);
                BigDecimal[] own = values[d];
                if (split != null) {
                    own = split.apply(AreaFlow.exact(area.code(), area.name(), area.gemeente(), own),
                            withCells(area, cells.get(area.code())), plan.years()).exact();
                }
                add(gemeenten, area.gemeente(), own, sign);
            }
        }
    }

    /** The area with {@code cells} (values by column name) in place of its own. */
    private Area withCells(Area area, Map<String, BigDecimal> cells) {
        if (cells == null || cells.isEmpty()) {
            return area;
        }
        BigDecimal[] values = area.values().clone();
        cells.forEach((column, value) -> values[table.column(column)] = value);
        return new Area(area.code(), area.name(), area.gemeente(), area.row(), values);
    }

    private static void add(Map<String, BigDecimal[]> into, String key, BigDecimal[] values, int sign) {
        BigDecimal[] sum = into.computeIfAbsent(key, k -> {
            BigDecimal[] zeros = new BigDecimal[values.length];
            Arrays.fill(zeros, BigDecimal.ZERO);
            return zeros;
        });
        for (int i = 0; i < sum.length; i++) {
            if (values[i].signum() == 0 && values[i].scale() <= sum[i].scale()) {
                continue; // adds nothing, not even digits: most of an area's business case is zero
            }
            sum[i] = sign > 0 ? sum[i].add(values[i]) : sum[i].subtract(values[i]);
        }
    }

    private Band<YearSeries> series(java.util.function.Function<Variant, BigDecimal[]> values) {
        return Band.from(v -> Engine.series(values.apply(v), plan.years().first()));
    }

    /** {@code was} plus new minus old, year by year from the first plan year. */
    private Band<YearSeries> moved(Band<YearSeries> was, java.util.function.Function<Variant, BigDecimal[]> now,
            java.util.function.Function<Variant, BigDecimal[]> old) {
        return Band.from(v -> moved(was.get(v), now.apply(v), old.apply(v)));
    }

    private YearSeries moved(YearSeries was, BigDecimal[] now, BigDecimal[] old) {
        BigDecimal[] values = new BigDecimal[now.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = was.at(plan.years().first() + i).add(now[i]).subtract(old[i]);
        }
        return Engine.series(values, plan.years().first());
    }
}
