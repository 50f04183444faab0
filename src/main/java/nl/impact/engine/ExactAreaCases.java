package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.plan.Scope;
import nl.impact.model.Area;
import nl.impact.model.AreaTable;
import nl.impact.model.Band;
import nl.impact.model.Variant;
import nl.impact.model.YearValues;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.Problems;

/**
 * Each area evaluated exactly, as a one-region scenario is: the area's columns as fixed names. A
 * recomputation ({@link RecomputedRun}) evaluates only some kernaanpakken, with inputs overridden;
 * the flows and names of the others are then zero.
 */
final class ExactAreaCases implements AreaCases {

    private final Plan plan;
    private final AreaTable table;
    private final List<Scope> kernaanpakken = new ArrayList<>();
    /** The scopes evaluated per area: the kernaanpakken's, then the lines' that read them. */
    private final List<Integer> scopes = new ArrayList<>();
    private final List<Flow> flows;
    private final Map<Integer, Integer> flowSlot = new HashMap<>();
    private final Map<Integer, Integer> kernaanpakSlot = new HashMap<>();
    /** The kernaanpakken evaluated, by scope; null for every one. */
    private final Set<Integer> chosen;
    private final Map<String, Band<YearValues>> figures;
    private final Map<String, Map<String, BigDecimal>> cells;
    private final BigDecimal[] zeros;
    private BigDecimal[][][] cases;
    private BigDecimal[][][][] summed;

    ExactAreaCases(Plan plan) {
        this(plan, null, Map.of(), Map.of());
    }

    /**
     * Only the kernaanpakken whose scopes are {@code chosen} (null for every one), with the figures
     * at the register paths of {@code figures} and the cells of {@code cells} (per area code, the
     * values by column) in place of the scenario's own.
     */
    ExactAreaCases(Plan plan, Set<Integer> chosen, Map<String, Band<YearValues>> figures,
            Map<String, Map<String, BigDecimal>> cells) {
        this.plan = plan;
        this.table = plan.scenario().areas();
        this.chosen = chosen;
        this.figures = figures;
        this.cells = cells;
        this.zeros = new BigDecimal[plan.years().last() - plan.years().first() + 1];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        for (int k = 0; k < plan.scenario().kernaanpakken().size(); k++) {
            kernaanpakken.add(plan.kernaanpak(k));
            if (isChosen(plan.kernaanpak(k).index())) {
                scopes.add(plan.kernaanpak(k).index());
            }
            kernaanpakSlot.put(plan.kernaanpak(k).index(), k);
        }
        for (Scope scope : plan.scopes()) {
            if (scope.isLine() && scope.parent() >= 0 && isChosen(scope.parent())) {
                scopes.add(scope.index());
            }
        }
        this.flows = plan.flows().stream().filter(Flow::perArea).toList();
        for (int f = 0; f < flows.size(); f++) {
            flowSlot.put(flows.get(f).index(), f);
        }
    }

    /** The scope of the kernaanpak a per-area flow belongs to: its own, or the one its budget line reads. */
    static int kernaanpakScope(Plan plan, Flow flow) {
        Scope scope = plan.scope(flow.scope());
        return scope.isLine() ? scope.parent() : scope.index();
    }

    /** True when the kernaanpak of scope {@code kernaanpakScope} is evaluated; the others' flows and names are zero. */
    boolean isChosen(int kernaanpakScope) {
        return chosen == null || chosen.contains(kernaanpakScope);
    }

    /** The figures in place of the scenario's own, by register path. */
    Map<String, Band<YearValues>> figures() {
        return figures;
    }

    /** The cells in place of the table's own: per area code, the values by column name. */
    Map<String, Map<String, BigDecimal>> cells() {
        return cells;
    }

    @Override
    public void evaluate(List<Area> block, Variant variant) throws InvalidInputException {
        cases = new BigDecimal[block.size()][flows.size()][];
        summed = new BigDecimal[block.size()][kernaanpakken.size()][][];
        for (int d = 0; d < block.size(); d++) {
            Area area = block.get(d);
            Problems found = new Problems(plan.scenario().file().toString(), plan.scenario().sourceMap());
            ExactEvaluator evaluator = new ExactEvaluator(plan, variant, found, columns(area), figures);
            if (!evaluate(evaluator, d)) {
                // A formula may fail in one area only: say which.
                throw new InvalidInputException(found.list().stream().map(p -> new Problem(p.file(), p.line(),
                        p.column(), p.path(), p.message() + " in area " + area.code() + " (row " + area.row()
                        + " of " + table.file() + ")")).toList());
            }
        }
    }

    private boolean evaluate(ExactEvaluator evaluator, int d) {
        for (int scope : scopes) {
            if (!evaluator.evaluate(scope)) {
                return false;
            }
        }
        for (int f = 0; f < flows.size(); f++) {
            if (!isChosen(kernaanpakScope(plan, flows.get(f)))) {
                cases[d][f] = zeros;
                continue;
            }
            Optional<BigDecimal[]> value = evaluator.cases(flows.get(f));
            if (value.isEmpty()) {
                return false;
            }
            cases[d][f] = value.get();
        }
        for (int k = 0; k < kernaanpakken.size(); k++) {
            Scope scope = kernaanpakken.get(k);
            if (!isChosen(scope.index())) {
                summed[d][k] = new BigDecimal[plan.summed(scope).size()][];
                java.util.Arrays.fill(summed[d][k], zeros);
                continue;
            }
            BigDecimal[] active = evaluator.factor(plan.active(scope)).orElseThrow();
            List<String> names = plan.summed(scope);
            summed[d][k] = new BigDecimal[names.size()][];
            for (int i = 0; i < names.size(); i++) {
                BigDecimal[] values = evaluator.name(scope.index(), names.get(i));
                BigDecimal[] times = new BigDecimal[values.length];
                for (int p = 0; p < values.length; p++) {
                    times[p] = values[p].multiply(active[p]);
                }
                summed[d][k][i] = times;
            }
        }
        return true;
    }

    private Map<String, BigDecimal> columns(Area area) {
        Map<String, BigDecimal> columns = new HashMap<>();
        for (int c = 0; c < table.columns().size(); c++) {
            columns.put(table.columns().get(c).name(), area.value(c));
        }
        columns.putAll(cells.getOrDefault(area.code(), Map.of()));
        return columns;
    }

    @Override
    public BigDecimal[] cases(int d, Flow flow) {
        return cases[d][flowSlot.get(flow.index())];
    }

    @Override
    public BigDecimal[] summed(int d, Scope scope, int i) {
        return summed[d][kernaanpakSlot.get(scope.index())][i];
    }
}
