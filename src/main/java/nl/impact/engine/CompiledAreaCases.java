package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.calc.compiled.UnsupportedFormulaException;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.plan.Scope;
import nl.impact.model.Area;
import nl.impact.model.Variant;
import nl.impact.scenario.InvalidInputException;

/**
 * A block of areas evaluated at once by the compiled double-precision plan: each area is one draw,
 * its columns the registers that differ per draw. Each value becomes a decimal as it is read, by
 * {@link AreaFlow#decimal} (12 significant digits), and is then added up exactly like an exact
 * area's. A value that is not finite sends the block to the exact evaluation, which reports the
 * formula and the area. The kernaanpakken, figures and cells are the exact evaluation's: a figure
 * overridden is an input of the compiled plan at that value, a cell overridden is read in place of
 * the table's, and a kernaanpak left out has flows and names of zero.
 */
final class CompiledAreaCases implements AreaCases {

    private final Plan plan;
    private final CompiledScenario compiled;
    private final Evaluator evaluator;
    private final ExactAreaCases exact;
    private final List<Flow> flows;
    private final List<Scope> kernaanpakken = new ArrayList<>();
    private final Map<Integer, Integer> kernaanpakSlot = new HashMap<>();
    private final Map<Integer, Integer> flowSlot = new HashMap<>();
    /** The table's column names, by index: how an overridden cell is found. */
    private final List<String> columns;
    private final int planYears;
    private final BigDecimal[] zeros;
    /** The block's values: [flow][plan year][area], [kernaanpak][name][plan year][area]; null when left out. */
    private double[][][] cases;
    private double[][][][] summed;
    private boolean delegated;

    private CompiledAreaCases(Plan plan, CompiledScenario compiled, int block, ExactAreaCases exact) {
        this.plan = plan;
        this.compiled = compiled;
        this.evaluator = compiled.evaluator(block);
        this.exact = exact;
        this.flows = plan.flows().stream().filter(Flow::perArea).toList();
        for (int f = 0; f < flows.size(); f++) {
            flowSlot.put(flows.get(f).index(), f);
        }
        for (int k = 0; k < plan.scenario().kernaanpakken().size(); k++) {
            kernaanpakken.add(plan.kernaanpak(k));
            kernaanpakSlot.put(plan.kernaanpak(k).index(), k);
        }
        this.columns = plan.scenario().areas().columns().stream().map(c -> c.name()).toList();
        this.planYears = compiled.planYears();
        this.zeros = new BigDecimal[planYears];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
    }

    /**
     * The compiled plan with {@code exact}'s kernaanpakken, figures and cells, or empty when a formula
     * uses what it cannot compute.
     */
    static Optional<AreaCases> of(Plan plan, int block, ExactAreaCases exact) {
        java.util.Set<String> overridden = exact.figures().keySet();
        try {
            return Optional.of(new CompiledAreaCases(plan,
                    CompiledScenario.compileAreas(plan, input -> overridden.contains(input.path())), block, exact));
        } catch (UnsupportedFormulaException e) {
            return Optional.empty();
        }
    }

    @Override
    public void evaluate(List<Area> block, Variant variant) throws InvalidInputException {
        int n = block.size();
        List<Map<String, BigDecimal>> cells = new ArrayList<>(n);
        for (Area area : block) {
            cells.add(exact.cells().get(area.code()));
        }
        evaluator.evaluate(compiled.variant(variant, exact.figures()), (column, into, count) -> {
            for (int d = 0; d < count; d++) {
                BigDecimal cell = cells.get(d) == null ? null : cells.get(d).get(columns.get(column));
                into[d] = (cell != null ? cell : block.get(d).value(column)).doubleValue();
            }
        }, n);
        boolean finite = true;
        cases = new double[flows.size()][][];
        for (int f = 0; f < flows.size(); f++) {
            if (!exact.isChosen(ExactAreaCases.kernaanpakScope(plan, flows.get(f)))) {
                continue;
            }
            cases[f] = new double[planYears][];
            for (int p = 0; p < planYears; p++) {
                // A copy: the evaluator's registers are reused by the next variant.
                cases[f][p] = java.util.Arrays.copyOf(evaluator.cases(flows.get(f), p), n);
                finite &= finite(cases[f][p]);
            }
        }
        summed = new double[kernaanpakken.size()][][][];
        for (int k = 0; k < kernaanpakken.size(); k++) {
            Scope scope = kernaanpakken.get(k);
            if (!exact.isChosen(scope.index())) {
                continue;
            }
            List<String> names = plan.summed(scope);
            summed[k] = new double[names.size()][planYears][n];
            for (int p = 0; p < planYears; p++) {
                double[] active = evaluator.active(plan.active(scope), p);
                for (int i = 0; i < names.size(); i++) {
                    double[] values = evaluator.name(scope, names.get(i), p);
                    for (int d = 0; d < n; d++) {
                        summed[k][i][p][d] = values[d] * active[d];
                    }
                    finite &= finite(summed[k][i][p]);
                }
            }
        }
        delegated = !finite;
        if (delegated) {
            // Not a number: the exact evaluation says which formula fails, and where; should it
            // succeed, its values stand in for the block's.
            exact.evaluate(block, variant);
        }
    }

    private static boolean finite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public BigDecimal[] cases(int d, Flow flow) {
        if (delegated) {
            return exact.cases(d, flow);
        }
        double[][] perYear = cases[flowSlot.get(flow.index())];
        if (perYear == null) {
            return zeros;
        }
        BigDecimal[] out = new BigDecimal[planYears];
        for (int p = 0; p < planYears; p++) {
            out[p] = AreaFlow.decimal(perYear[p][d]);
        }
        return out;
    }

    @Override
    public BigDecimal[] summed(int d, Scope scope, int i) {
        if (delegated) {
            return exact.summed(d, scope, i);
        }
        double[][][] names = summed[kernaanpakSlot.get(scope.index())];
        if (names == null) {
            return zeros;
        }
        double[][] perYear = names[i];
        BigDecimal[] out = new BigDecimal[planYears];
        for (int p = 0; p < planYears; p++) {
            out[p] = AreaFlow.decimal(perYear[p][d]);
        }
        return out;
    }
}
