package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.calc.compiled.UnsupportedFormulaException;
import nl.impact.model.Area;
import nl.impact.model.AreaColumn;
import nl.impact.model.AreaTable;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Parameter;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.scenario.InvalidInputException;

/**
 * A block of areas evaluated at once by the compiled double-precision plan (calc/compiled): each
 * area is one draw, its columns the inputs that differ per draw. The values stay doubles for the
 * engine's double-precision aggregation ({@code AreaKernaanpak.addBlock}); a value that is not
 * finite sends the block to the exact evaluation, which reports the formula and the area.
 */
final class CompiledAreaValues {

    private final Scenario scenario;
    private final List<AreaKernaanpak> kernaanpakken;
    private final CompiledScenario compiled;
    private final Evaluator evaluator;
    private final Map<String, Integer> columnByPath = new HashMap<>();
    private final ExactAreaValues exact;
    private double[][][][] names;
    private BigDecimal[][][] parameters;

    private CompiledAreaValues(Scenario scenario, List<AreaKernaanpak> kernaanpakken, CompiledScenario compiled,
            int block) {
        this.scenario = scenario;
        this.kernaanpakken = kernaanpakken;
        this.compiled = compiled;
        this.evaluator = compiled.evaluator(block);
        AreaTable table = scenario.areas();
        for (int c = 0; c < table.columns().size(); c++) {
            columnByPath.put(columnPath(table, table.columns().get(c)), c);
        }
        this.exact = new ExactAreaValues(scenario, kernaanpakken);
    }

    /** The compiled plan, or empty when a formula or an effect's amount needs the exact engine. */
    static Optional<CompiledAreaValues> of(Scenario scenario, List<AreaKernaanpak> kernaanpakken, int block) {
        for (AreaKernaanpak k : kernaanpakken) {
            if (k.effectParameters().stream().anyMatch(Parameter::isFormula)) {
                return Optional.empty();
            }
        }
        // The columns become inputs that differ per draw: banded stand-ins of the same path.
        Map<String, Parameter> shared = new LinkedHashMap<>(scenario.parameters());
        for (Parameter column : scenario.areas().withColumns(Map.of()).values()) {
            shared.put(column.name(), new Parameter(column.name(), column.path(), column.unit(), column.kind(),
                    column.description(), column.values(), null, true, column.provenance()));
        }
        List<CalculationPlan> plans = new ArrayList<>();
        for (AreaKernaanpak k : kernaanpakken) {
            plans.add(replan(shared, k));
        }
        try {
            Plan plan = Plan.of(scenario, plans, CalculatorRegistry.load(), new ArrayList<>());
            return Optional.of(new CompiledAreaValues(scenario, kernaanpakken, CompiledScenario.compile(plan, false),
                    block));
        } catch (UnsupportedFormulaException e) {
            return Optional.empty();
        }
    }

    /** The kernaanpak's plan with the banded column stand-ins in place of the plain ones. */
    private static CalculationPlan replan(Map<String, Parameter> shared, AreaKernaanpak k) {
        List<CalculationPlan.Node> nodes = new ArrayList<>();
        for (CalculationPlan.Node node : k.plan().nodes()) {
            Parameter column = node.origin() == CalculationPlan.Origin.SHARED_PARAMETER ? shared.get(node.name()) : null;
            nodes.add(column == null || !column.banded() ? node : new CalculationPlan.Node(node.name(), node.path(),
                    node.unit(), node.kind(), node.description(), node.origin(), column, null));
        }
        return CalculationPlan.of(nodes);
    }

    /**
     * Evaluates {@code block} in {@code variant}; then {@link #names} and {@link #parameters} read
     * the results.
     */
    void evaluate(List<Area> block, Variant variant) throws InvalidInputException {
        List<CompiledScenario.Input> inputs = compiled.inputs();
        int n = block.size();
        evaluator.evaluate((input, yearIndex, column, count) -> {
            Integer c = columnByPath.get(inputs.get(input).path());
            if (c == null) {
                java.util.Arrays.fill(column, 0, count,
                        compiled.value(inputs.get(input).parameter(), variant, yearIndex));
            } else {
                for (int d = 0; d < count; d++) {
                    column[d] = block.get(d).value(c).doubleValue();
                }
            }
        }, n);
        int planYears = compiled.planYears();
        int first = scenario.years().first();
        names = new double[kernaanpakken.size()][][][];
        parameters = new BigDecimal[kernaanpakken.size()][][];
        boolean finite = true;
        for (int k = 0; k < kernaanpakken.size(); k++) {
            AreaKernaanpak kernaanpak = kernaanpakken.get(k);
            Kernaanpak model = kernaanpak.kernaanpak();
            List<CalculationPlan.Node> nodes = kernaanpak.plan().nodes();
            double[][][] columns = new double[nodes.size()][planYears][];
            for (int i = 0; i < nodes.size(); i++) {
                for (int y = 0; y < planYears; y++) {
                    // A copy: the evaluator's registers are reused by the next variant.
                    columns[i][y] = java.util.Arrays.copyOf(evaluator.name(model.id(), nodes.get(i).name(), y), n);
                    for (int d = 0; d < n && finite; d++) {
                        finite = Double.isFinite(columns[i][y][d]);
                    }
                }
            }
            names[k] = columns;
            List<Parameter> effectParameters = kernaanpak.effectParameters();
            BigDecimal[][] values = new BigDecimal[effectParameters.size()][planYears];
            for (int j = 0; j < effectParameters.size(); j++) {
                for (int y = 0; y < planYears; y++) {
                    values[j][y] = effectParameters.get(j).values().get(variant).at(first + y);
                }
            }
            parameters[k] = values;
        }
        if (!finite) {
            // Not a number: the exact evaluation says which formula fails, and where; should it
            // succeed, its values stand in for the block's.
            exact.evaluate(block, variant);
            for (int k = 0; k < kernaanpakken.size(); k++) {
                for (int i = 0; i < names[k].length; i++) {
                    for (int y = 0; y < planYears; y++) {
                        for (int d = 0; d < n; d++) {
                            names[k][i][y][d] = exact.values(d, k).names()[i][y].doubleValue();
                        }
                    }
                }
                parameters[k] = exact.values(0, k).parameters();
            }
        }
    }

    /** Kernaanpak {@code k}'s names per plan year and area of the block ({@code [node][year][area]}). */
    double[][][] names(int k) {
        return names[k];
    }

    /** Kernaanpak {@code k}'s effect amounts and corrections per plan year, the same in every area. */
    BigDecimal[][] parameters(int k) {
        return parameters[k];
    }

    private static String columnPath(AreaTable table, AreaColumn column) {
        return table.withColumns(Map.of()).get(column.name()).path();
    }
}
