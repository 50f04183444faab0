package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.plan.Scope;
import nl.impact.model.Area;
import nl.impact.model.AreaTable;
import nl.impact.model.Variant;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.Problems;

/** Each area evaluated exactly, as a one-region scenario is: the area's columns as fixed names. */
final class ExactAreaCases implements AreaCases {

    private final Plan plan;
    private final AreaTable table;
    private final List<Scope> kernaanpakken = new ArrayList<>();
    /** The scopes evaluated per area: the kernaanpakken's, then the lines' that read them. */
    private final List<Integer> scopes = new ArrayList<>();
    private final List<Flow> flows;
    private final Map<Integer, Integer> flowSlot = new HashMap<>();
    private final Map<Integer, Integer> kernaanpakSlot = new HashMap<>();
    private BigDecimal[][][] cases;
    private BigDecimal[][][][] summed;

    ExactAreaCases(Plan plan) {
        this.plan = plan;
        this.table = plan.scenario().areas();
        for (int k = 0; k < plan.scenario().kernaanpakken().size(); k++) {
            kernaanpakken.add(plan.kernaanpak(k));
            scopes.add(plan.kernaanpak(k).index());
            kernaanpakSlot.put(plan.kernaanpak(k).index(), k);
        }
        for (Scope scope : plan.scopes()) {
            if (scope.isLine() && scope.parent() >= 0) {
                scopes.add(scope.index());
            }
        }
        this.flows = plan.flows().stream().filter(Flow::perArea).toList();
        for (int f = 0; f < flows.size(); f++) {
            flowSlot.put(flows.get(f).index(), f);
        }
    }

    @Override
    public void evaluate(List<Area> block, Variant variant) throws InvalidInputException {
        cases = new BigDecimal[block.size()][flows.size()][];
        summed = new BigDecimal[block.size()][kernaanpakken.size()][][];
        for (int d = 0; d < block.size(); d++) {
            Area area = block.get(d);
            Problems found = new Problems(plan.scenario().file().toString(), plan.scenario().sourceMap());
            ExactEvaluator evaluator = new ExactEvaluator(plan, variant, found, columns(area));
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
            Optional<BigDecimal[]> value = evaluator.cases(flows.get(f));
            if (value.isEmpty()) {
                return false;
            }
            cases[d][f] = value.get();
        }
        for (int k = 0; k < kernaanpakken.size(); k++) {
            Scope scope = kernaanpakken.get(k);
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
