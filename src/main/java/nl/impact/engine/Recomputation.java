package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.plan.Reach;
import nl.impact.model.Area;
import nl.impact.model.AreaTable;
import nl.impact.model.Band;
import nl.impact.model.Variant;
import nl.impact.model.YearValues;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;

/**
 * The net of a computed scenario per financier and in all, per variant, with some inputs of its
 * register given other values ({@link InputOverrides}), recomputing only what they reach: the flows
 * whose factors read them ({@link Reach}), in every area for a figure of a kernaanpak that is
 * computed per area, and in its own area for a cell of the area table. The other flows keep their
 * values from the computed result, and the nets are re-added from the flows. Exact, in decimals,
 * like the engine: the net with every changed input overridden is the net of the new scenario.
 * A diff attributes its change in net with it ({@code engine.diff.Attributor}).
 */
public final class Recomputation {

    /** The key of the whole plan's net beside the financiers'. */
    public static final String TOTAL = "total";

    private static final Variant[] VARIANTS = Variant.values();

    private final RunResult base;
    private final Plan plan;
    private final Reach reach;
    private final AreaTable table;
    private final Map<String, Area> areas = new LinkedHashMap<>();
    private final Map<Variant, Map<String, BigDecimal>> baseNet = new EnumMap<>(Variant.class);
    /** Per flow computed per area, its exact total over the table's areas per variant, once asked for. */
    private final Map<Integer, BigDecimal[]> exactTotals = new HashMap<>();
    /** How many scopes were evaluated, for tests that a change recomputes only what it reaches. */
    private int evaluations;
    private RecomputedRun runs;

    public Recomputation(RunResult base) {
        this.base = base;
        this.plan = base.plan();
        this.reach = Reach.of(plan);
        this.table = plan.scenario().areas();
        if (table != null) {
            table.areas().forEach(a -> areas.put(a.code(), a));
        }
        for (Variant v : VARIANTS) {
            Map<String, BigDecimal> net = new LinkedHashMap<>();
            base.scenario().allFinanciers().forEach(f -> net.put(f, BigDecimal.ZERO));
            net.put(TOTAL, BigDecimal.ZERO);
            for (Flow flow : plan.flows()) {
                if (flow.kind() != Flow.Kind.CAPACITY) {
                    add(net, flow, base.flow(flow).euros().get(v).total());
                }
            }
            baseNet.put(v, net);
        }
    }

    /** The net per variant, per financier (in the scenario's order) and {@link #TOTAL}, as computed. */
    public Map<Variant, Map<String, BigDecimal>> net() {
        return copy(baseNet);
    }

    /**
     * The net per variant, per financier and {@link #TOTAL}, with {@code overrides}; invalid input
     * when a formula fails with them, or a value leaves the limits (the combination is no valid scenario).
     */
    public Map<Variant, Map<String, BigDecimal>> net(InputOverrides overrides) throws InvalidInputException {
        Map<Variant, Map<String, BigDecimal>> net = copy(baseNet);
        if (overrides.isEmpty()) {
            return net;
        }
        try {
            recompute(overrides, net);
        } catch (IllegalArgumentException e) {
            // A value of another version lacks a year of this plan: the combination is no valid scenario.
            throw InvalidInputException.of(new nl.impact.scenario.Problem(plan.scenario().file().toString(), 0, 0, "",
                    e.getMessage()));
        }
        return net;
    }

    /**
     * The whole run with {@code overrides} (figures, and cells of the area table; no areas added or
     * removed): the kernaanpakken and budget lines they reach recomputed in every variant, by the
     * engine's own code, the others as computed; KPIs not yet evaluated ({@code KpiEngine} does).
     * Every figure it holds is that of the scenario with those values. With an area table the
     * business case per gemeente is kept and the one per area left out (empty). Invalid input when a
     * formula fails with the overrides. Not for use by two threads at once.
     */
    public RunResult run(InputOverrides overrides) throws InvalidInputException {
        if (runs == null) {
            runs = new RecomputedRun(base, reach);
        }
        return runs.run(overrides);
    }

    private void recompute(InputOverrides overrides, Map<Variant, Map<String, BigDecimal>> net)
            throws InvalidInputException {
        Problems problems = new Problems(plan.scenario().file().toString(), plan.scenario().sourceMap());
        Map<String, Band<YearValues>> figures = overrides.figures();
        List<Integer> once = new ArrayList<>();
        List<Integer> perArea = new ArrayList<>();
        for (int f : reach.inputs(figures.keySet()).flows()) {
            Flow flow = plan.flows().get(f);
            if (flow.kind() != Flow.Kind.CAPACITY) {
                (flow.perArea() ? perArea : once).add(f);
            }
        }
        if (!once.isEmpty()) {
            int[] scopes = reach.scopes(once);
            for (Variant v : VARIANTS) {
                ExactEvaluator evaluator = new ExactEvaluator(plan, v, problems, Map.of(), figures);
                evaluate(evaluator, scopes, problems);
                for (int f : once) {
                    Flow flow = plan.flows().get(f);
                    add(net.get(v), flow, contribution(evaluator, flow, problems)
                            .subtract(base.flow(flow).euros().get(v).total()));
                }
            }
        }
        if (table != null) {
            if (!perArea.isEmpty()) {
                everyArea(perArea, overrides, net, problems);
            }
            touchedAreas(Set.copyOf(perArea), overrides, net, problems);
        }
    }

    /** Scope evaluations so far: what a test counts to see that only the reached scopes are computed. */
    int evaluations() {
        return evaluations;
    }

    /** Flows computed per area that figures reach: recomputed in every area of the table as overridden. */
    private void everyArea(List<Integer> flows, InputOverrides overrides, Map<Variant, Map<String, BigDecimal>> net,
            Problems problems) throws InvalidInputException {
        int[] scopes = reach.scopes(flows);
        BigDecimal[][] totals = zeros(flows.size());
        for (Map<String, BigDecimal> columns : overriddenTable(overrides)) {
            for (Variant v : VARIANTS) {
                ExactEvaluator evaluator = new ExactEvaluator(plan, v, problems, columns, overrides.figures());
                evaluate(evaluator, scopes, problems);
                for (int i = 0; i < flows.size(); i++) {
                    Flow flow = plan.flows().get(flows.get(i));
                    totals[i][v.ordinal()] = totals[i][v.ordinal()].add(contribution(evaluator, flow, problems));
                }
            }
        }
        Map<Integer, BigDecimal[]> old = exactTotals(flows, problems);
        for (int i = 0; i < flows.size(); i++) {
            Flow flow = plan.flows().get(flows.get(i));
            for (Variant v : VARIANTS) {
                add(net.get(v), flow, totals[i][v.ordinal()].subtract(old.get(flow.index())[v.ordinal()]));
            }
        }
    }

    /**
     * Areas whose cells change, that are added or removed: each area's flows that the changed columns
     * reach (every flow computed per area for an added or removed one), less those recomputed in
     * every area already, new minus old.
     */
    private void touchedAreas(Set<Integer> done, InputOverrides overrides, Map<Variant, Map<String, BigDecimal>> net,
            Problems problems) throws InvalidInputException {
        Set<String> codes = new TreeSet<>(overrides.cells().keySet());
        codes.addAll(overrides.removed());
        for (String code : codes) {
            Area old = areas.get(code);
            boolean removed = overrides.removed().contains(code);
            if (old == null && (removed || !overrides.added().contains(code))) {
                continue;
            }
            List<Integer> flows = new ArrayList<>();
            int[] reached = old == null || removed ? perAreaFlows()
                    : reach.columns(overrides.cells().get(code).keySet()).flows();
            for (int f : reached) {
                Flow flow = plan.flows().get(f);
                if (flow.perArea() && flow.kind() != Flow.Kind.CAPACITY && !done.contains(f)) {
                    flows.add(f);
                }
            }
            if (flows.isEmpty()) {
                continue;
            }
            int[] scopes = reach.scopes(flows);
            Map<String, BigDecimal> before = old == null ? null : columns(old, Map.of());
            Map<String, BigDecimal> after = removed ? null : overridden(old, overrides.cells().get(code));
            for (Variant v : VARIANTS) {
                BigDecimal[] now = after == null ? null : contributions(after, v, scopes, flows, overrides, problems);
                BigDecimal[] then = before == null ? null
                        : contributions(before, v, scopes, flows, InputOverrides.NONE, problems);
                for (int i = 0; i < flows.size(); i++) {
                    BigDecimal change = (now == null ? BigDecimal.ZERO : now[i])
                            .subtract(then == null ? BigDecimal.ZERO : then[i]);
                    add(net.get(v), plan.flows().get(flows.get(i)), change);
                }
            }
        }
    }

    /** The contributions of {@code flows} in one area with {@code columns}, in {@code v}. */
    private BigDecimal[] contributions(Map<String, BigDecimal> columns, Variant v, int[] scopes, List<Integer> flows,
            InputOverrides overrides, Problems problems) throws InvalidInputException {
        ExactEvaluator evaluator = new ExactEvaluator(plan, v, problems, columns, overrides.figures());
        evaluate(evaluator, scopes, problems);
        BigDecimal[] out = new BigDecimal[flows.size()];
        for (int i = 0; i < flows.size(); i++) {
            out[i] = contribution(evaluator, plan.flows().get(flows.get(i)), problems);
        }
        return out;
    }

    /**
     * The exact totals over the table's areas of flows computed per area, as computed: the run's own
     * below the size from which the compiled plan computes the areas; from there, computed here once,
     * so an override's change is new minus old of one exact evaluation.
     */
    private Map<Integer, BigDecimal[]> exactTotals(List<Integer> flows, Problems problems)
            throws InvalidInputException {
        List<Integer> missing = new ArrayList<>();
        for (int f : flows) {
            if (!exactTotals.containsKey(f)) {
                if (!AreaEngine.compiles(table.areas().size(), AreaEngine.COMPILED_FROM)) {
                    Flow flow = plan.flows().get(f);
                    BigDecimal[] totals = new BigDecimal[VARIANTS.length];
                    for (Variant v : VARIANTS) {
                        totals[v.ordinal()] = base.flow(flow).euros().get(v).total();
                    }
                    exactTotals.put(f, totals);
                } else {
                    missing.add(f);
                }
            }
        }
        if (!missing.isEmpty()) {
            int[] scopes = reach.scopes(missing);
            BigDecimal[][] totals = zeros(missing.size());
            for (Area area : table.areas()) {
                for (Variant v : VARIANTS) {
                    BigDecimal[] values = contributions(columns(area, Map.of()), v, scopes, missing, InputOverrides.NONE,
                            problems);
                    for (int i = 0; i < missing.size(); i++) {
                        totals[i][v.ordinal()] = totals[i][v.ordinal()].add(values[i]);
                    }
                }
            }
            for (int i = 0; i < missing.size(); i++) {
                exactTotals.put(missing.get(i), totals[i]);
            }
        }
        return exactTotals;
    }

    /** Every area of the table as overridden: its columns by name, in the table's order, then the added ones. */
    private List<Map<String, BigDecimal>> overriddenTable(InputOverrides overrides) throws InvalidInputException {
        List<Map<String, BigDecimal>> rows = new ArrayList<>(areas.size());
        for (Area area : table.areas()) {
            if (!overrides.removed().contains(area.code())) {
                rows.add(overridden(area, overrides.cells().get(area.code())));
            }
        }
        for (String code : new TreeSet<>(overrides.added())) {
            if (!areas.containsKey(code) && !overrides.removed().contains(code)) {
                rows.add(overridden(null, overrides.cells().get(code)));
            }
        }
        return rows;
    }

    /** An area's columns with {@code cells} in place of its own; an added area has only {@code cells}. */
    private Map<String, BigDecimal> overridden(Area area, Map<String, BigDecimal> cells)
            throws InvalidInputException {
        return area == null ? columns(cells) : columns(area, cells == null ? Map.of() : cells);
    }

    private Map<String, BigDecimal> columns(Area area, Map<String, BigDecimal> cells) {
        Map<String, BigDecimal> columns = new HashMap<>();
        for (int c = 0; c < table.columns().size(); c++) {
            String name = table.columns().get(c).name();
            columns.put(name, cells.getOrDefault(name, area.value(c)));
        }
        return columns;
    }

    /** An added area's columns: each of the table's; one it lacks makes the combination no valid table. */
    private Map<String, BigDecimal> columns(Map<String, BigDecimal> cells) throws InvalidInputException {
        Map<String, BigDecimal> columns = new HashMap<>();
        for (var column : table.columns()) {
            BigDecimal value = cells == null ? null : cells.get(column.name());
            if (value == null) {
                throw InvalidInputException.of(new nl.impact.scenario.Problem(table.file().toString(), 0, 0, "",
                        "an added area has no value in column '" + column.name() + "'"));
            }
            columns.put(column.name(), value);
        }
        return columns;
    }

    private int[] perAreaFlows() {
        return plan.flows().stream().filter(Flow::perArea).mapToInt(Flow::index).toArray();
    }

    private void evaluate(ExactEvaluator evaluator, int[] scopes, Problems problems) throws InvalidInputException {
        for (int scope : scopes) {
            evaluations++;
            if (!evaluator.evaluate(scope)) {
                throw new InvalidInputException(problems.list());
            }
        }
    }

    /**
     * What a flow adds to the net of its financier over all years, as the engine computes it: its
     * value per start year after its share, an investment in its plan year, a benefit spread over the
     * years its timing reaches.
     */
    private BigDecimal contribution(ExactEvaluator evaluator, Flow flow, Problems problems)
            throws InvalidInputException {
        Optional<BigDecimal[]> cases = evaluator.cases(flow);
        Optional<BigDecimal[]> paid = cases.isEmpty() ? Optional.empty() : evaluator.shared(flow, cases.get());
        if (paid.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        BigDecimal[] euros = flow.kind() == Flow.Kind.INVESTMENT ? paid.get() : evaluator.spread(flow, paid.get());
        if (!ExactEvaluator.withinMagnitude(euros)) {
            problems.add(flow.path(), "a value beyond -1e15 to 1e15 (the limit on magnitudes)");
            throw new InvalidInputException(problems.list());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal e : euros) {
            sum = sum.add(e);
        }
        return sum;
    }

    /**
     * Adds a flow's contribution to its financier's net and the total: a benefit plus, an investment
     * minus; a settlement plus to its financier and minus to its payer, nothing to the total.
     */
    private static void add(Map<String, BigDecimal> net, Flow flow, BigDecimal amount) {
        if (flow.kind() == Flow.Kind.SETTLEMENT) {
            net.merge(flow.financier(), amount, BigDecimal::add);
            net.merge(flow.payer(), amount.negate(), BigDecimal::add);
            return;
        }
        BigDecimal signed = flow.kind() == Flow.Kind.INVESTMENT ? amount.negate() : amount;
        net.merge(flow.financier(), signed, BigDecimal::add);
        net.merge(TOTAL, signed, BigDecimal::add);
    }

    private static BigDecimal[][] zeros(int rows) {
        BigDecimal[][] out = new BigDecimal[rows][VARIANTS.length];
        for (BigDecimal[] row : out) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        return out;
    }

    private static Map<Variant, Map<String, BigDecimal>> copy(Map<Variant, Map<String, BigDecimal>> nets) {
        Map<Variant, Map<String, BigDecimal>> out = new EnumMap<>(Variant.class);
        nets.forEach((v, byKey) -> out.put(v, new LinkedHashMap<>(byKey)));
        return out;
    }
}
