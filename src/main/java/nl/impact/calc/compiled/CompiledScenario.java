package nl.impact.calc.compiled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Effect;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Limits;
import nl.impact.model.Parameter;
import nl.impact.model.Paths;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;

/**
 * A scenario's calculation compiled once into double-precision operations over blocks of draws:
 * the same calculation plans (names, formulas, order) the exact engine evaluates, the effects'
 * timing and corrections, and the begroting. Every banded parameter is an {@link Input} whose
 * values the caller gives per draw and plan year; every other figure is folded into constants.
 * The result of a block is a set of {@link Flow}s: euros per draw and effect year, undiscounted.
 *
 * <p>Thread-safe once built; each thread evaluates with its own {@link Evaluator}.
 */
public final class CompiledScenario {

    /**
     * The largest magnitude a figure of a draw or a sensitivity case may have: far beyond any the exact
     * engine accepts (its limits keep every number of a formula within 1e15, so an effect's or budget
     * line's euros within about 1e45), and small enough that sums of squares over a billion draws stay
     * finite. A column with a figure beyond it, or one that is not a number, is refused
     * (docs/uncertainty.md, "Draws that are not numbers").
     */
    public static final double LARGEST_FIGURE = 1e100;

    /** A banded parameter: its values per draw are given by the caller. */
    public record Input(int index, Parameter parameter) {
        public String path() {
            return parameter.path();
        }
    }

    /** What a flow adds up. */
    public enum FlowKind { BENEFITS, INVESTMENTS }

    /**
     * Euros per effect year: the benefits of one kernaanpak in one domain (paid by its financier),
     * or the investments of one financier in the lines of one kernaanpak ({@code programma} for
     * programme-wide lines; {@code domain} is then null). Positive investments are costs.
     */
    public record Flow(int index, FlowKind kind, String kernaanpak, String domain, String financier) {
    }

    /**
     * A value the exact engine checks, in every plan year: a formula's result (it refuses one that is
     * not a number within the limit on magnitudes), or the euros of an effect or a budget line. Where a
     * column's {@link Fault} is looked for, in the order compiled (each formula after the names it reads).
     *
     * @param what the formula ({@code formula '10 / noemer'}) or the product it is
     * @param limit the largest magnitude it may have: for a formula the limit on magnitudes, for a
     *     product of such numbers {@link #LARGEST_FIGURE}
     * @param reads the names the formula reads (empty for a product); {@code lookup} gives their values
     */
    record Checkpoint(String path, String what, double limit, Operand[] values, java.util.Set<String> reads,
            FormulaCompiler.Names lookup) {
    }

    private final Scenario scenario;
    private final YearRange years;
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final Program program = new Program();
    private final List<Input> inputs = new ArrayList<>();
    private final int[][] inputRegisters;
    private final boolean shareConstantInputs;
    private final List<Flow> flows = new ArrayList<>();
    private final List<int[]> flowAccumulators = new ArrayList<>();
    private final Map<List<String>, Flow> flowsByKey = new HashMap<>();
    private final Map<String, Map<String, Operand[]>> names = new LinkedHashMap<>();

    private CompiledScenario(Scenario scenario, List<CalculationPlan> plans, boolean shareConstantInputs) {
        this.scenario = scenario;
        this.years = scenario.years();
        this.shareConstantInputs = shareConstantInputs;
        Map<String, Input> inputsByPath = new LinkedHashMap<>();
        List<int[]> registers = new ArrayList<>();
        ParameterValues parameters = new ParameterValues(inputsByPath, registers);
        for (int k = 0; k < plans.size(); k++) {
            compileKernaanpak(scenario.kernaanpakken().get(k), plans.get(k), parameters);
        }
        for (BudgetLine line : scenario.begroting().lines()) {
            compileBudgetLine(line, parameters);
        }
        inputs.addAll(inputsByPath.values());
        this.inputRegisters = registers.toArray(new int[0][]);
    }

    /**
     * Compiles a scenario from the calculation plans the exact engine built for it, one per
     * kernaanpak in the scenario's order.
     *
     * @throws UnsupportedFormulaException when a formula uses what the compiled plan cannot compute
     */
    public static CompiledScenario compile(Scenario scenario, List<CalculationPlan> plans) {
        return compile(scenario, plans, false);
    }

    /**
     * As {@link #compile(Scenario, List)}; with {@code shareConstantInputs}, an input whose band (min,
     * expected and max) is the same in every plan year has one register for all years, and
     * {@link InputValues#fill} is asked for its first plan year only: for callers whose values of such
     * an input never differ between years (a simulation's draws, the variants), it saves writing the
     * same column once per year.
     */
    public static CompiledScenario compile(Scenario scenario, List<CalculationPlan> plans, boolean shareConstantInputs) {
        if (plans.size() != scenario.kernaanpakken().size()) {
            throw new IllegalArgumentException("one calculation plan per kernaanpak");
        }
        return new CompiledScenario(scenario, plans, shareConstantInputs);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The banded parameters, in the order they are first used. */
    public List<Input> inputs() {
        return List.copyOf(inputs);
    }

    public List<Flow> flows() {
        return List.copyOf(flows);
    }

    /** The number of plan years: the values an input takes per draw. */
    public int planYears() {
        return years.last() - years.first() + 1;
    }

    /** The number of effect years: the values a flow has per draw. */
    public int effectYears() {
        return years.effectsUntil() - years.first() + 1;
    }

    /** True when a flow's euros in an effect year depend on an input; false when the same in every draw. */
    public boolean varies(Flow flow, int yearIndex) {
        return program.varies(flowAccumulators.get(flow.index())[yearIndex]);
    }

    /** A new evaluator for blocks of up to {@code blockSize} draws; one per thread. */
    public Evaluator evaluator(int blockSize) {
        return new Evaluator(this, blockSize);
    }

    /** Every input at its value in one variant, in every draw: the exact engine's three scenarios. */
    public InputValues variant(Variant variant) {
        return (input, yearIndex, column, n) -> java.util.Arrays.fill(column, 0, n,
                value(inputs.get(input).parameter(), variant, yearIndex));
    }

    /** A parameter's value in a variant and plan year (index from the first plan year). */
    public double value(Parameter parameter, Variant variant, int yearIndex) {
        return parameter.values().get(variant).at(years.first() + yearIndex).doubleValue();
    }

    Program program() {
        return program;
    }

    int[][] inputRegisters() {
        return inputRegisters;
    }

    List<Checkpoint> checkpoints() {
        return checkpoints;
    }

    private void checkpoint(String path, FormulaExpression formula, Operand[] values, FormulaCompiler.Names lookup) {
        checkpoints.add(new Checkpoint(path, "formula '" + formula.text() + "'", Limits.MAX_MAGNITUDE.doubleValue(),
                values, formula.names(), lookup));
    }

    List<int[]> flowAccumulators() {
        return flowAccumulators;
    }

    /** The register or constant holding a name of a kernaanpak in a plan year, for KPIs and tests. */
    Operand name(String kernaanpak, String name, int yearIndex) {
        return names.get(kernaanpak).get(name)[yearIndex];
    }

    private void compileKernaanpak(Kernaanpak kernaanpak, CalculationPlan plan, ParameterValues parameters) {
        Map<String, Operand[]> values = new HashMap<>();
        names.put(kernaanpak.id(), values);
        FormulaCompiler formulas = new FormulaCompiler(program, years.first());
        FormulaCompiler.Names lookup = (name, yearIndex) -> values.get(name)[yearIndex];
        for (CalculationPlan.Node node : plan.nodes()) {
            Operand[] series = new Operand[planYears()];
            values.put(node.name(), series);
            for (int y = 0; y < planYears(); y++) {
                series[y] = node.formula() == null
                        ? parameters.value(node.parameter(), y)
                        : formulas.compile(node.formula().syntaxTree(), lookup, y);
            }
            if (node.formula() != null) {
                checkpoint(node.formulaPath(), node.formula(), series, lookup);
            }
        }
        for (Effect effect : kernaanpak.effects()) {
            if (!effect.isEuro()) {
                continue; // hours, FTE or persons: capacity, never part of the euro flows this plan computes
            }
            Operand[] volume = values.get(effect.per());
            Operand[] correction = effect.correction() == null ? null
                    : effectParameter(effect.correction(), plan, parameters, formulas, lookup);
            for (Map.Entry<String, Parameter> amount : effect.amounts().entrySet()) {
                String financier = scenario.domain(amount.getKey()).orElseThrow().financier();
                int[] accumulators = flow(FlowKind.BENEFITS, kernaanpak.id(), amount.getKey(), financier);
                Operand[] euros = effectParameter(amount.getValue(), plan, parameters, formulas, lookup);
                Operand[] cohorts = new Operand[planYears()];
                checkpoints.add(new Checkpoint(Paths.child(effect.path(), "amounts"), "volume x amount x correction for "
                        + amount.getKey(), LARGEST_FIGURE, cohorts, java.util.Set.of(), null));
                for (int start = 0; start < planYears(); start++) {
                    // A lump sum has no volume: its amount is the euros of the start year.
                    Operand cohort = volume == null ? euros[start] : program.apply(Op.MUL, volume[start], euros[start]);
                    if (correction != null) {
                        cohort = program.apply(Op.MUL, cohort, correction[start]);
                    }
                    cohorts[start] = cohort;
                    for (int year = start; year < effectYears(); year++) {
                        if (effect.timing().fallsIn(years.first() + start, years.first() + year)) {
                            program.accumulate(accumulators[year], cohort);
                        }
                    }
                }
            }
        }
    }

    private Operand[] effectParameter(Parameter parameter, CalculationPlan plan, ParameterValues parameters,
            FormulaCompiler formulas, FormulaCompiler.Names lookup) {
        Operand[] series = new Operand[planYears()];
        FormulaExpression formula = parameter.isFormula() ? plan.effectFormula(parameter) : null;
        for (int y = 0; y < planYears(); y++) {
            series[y] = formula == null ? parameters.value(parameter, y) : formulas.compile(formula.syntaxTree(), lookup, y);
        }
        if (formula != null) {
            checkpoint(Paths.child(parameter.path(), "formula"), formula, series, lookup);
        }
        return series;
    }

    /**
     * The names of a budget line whose figures are formulas: its plan's nodes that its kernaanpak
     * has not computed already (the line's parameters and figures), compiled like a kernaanpak's.
     */
    private Map<String, Operand[]> compileLineFormulas(BudgetLine line, ParameterValues parameters) {
        Map<String, Operand[]> own = new HashMap<>();
        if (!line.hasFormulas()) {
            return own;
        }
        Kernaanpak kernaanpak = scenario.kernaanpakken().stream().filter(k -> k.id().equals(line.kernaanpak()))
                .findFirst().orElse(null);
        CalculationPlan plan = nl.impact.calc.BudgetLinePlan.build(scenario.parameters(), line, kernaanpak,
                kernaanpak == null ? null : nl.impact.calc.CalculatorRegistry.load().find(kernaanpak.calculator())
                        .orElseThrow(), new ArrayList<>());
        Map<String, Operand[]> known = names.getOrDefault(line.kernaanpak(), Map.of());
        FormulaCompiler formulas = new FormulaCompiler(program, years.first());
        FormulaCompiler.Names lookup = (name, yearIndex) -> (own.containsKey(name) ? own : known).get(name)[yearIndex];
        for (CalculationPlan.Node node : plan.nodes()) {
            if (known.containsKey(node.name())) {
                continue;
            }
            Operand[] series = new Operand[planYears()];
            own.put(node.name(), series);
            for (int y = 0; y < planYears(); y++) {
                series[y] = node.formula() == null
                        ? parameters.value(node.parameter(), y)
                        : formulas.compile(node.formula().syntaxTree(), lookup, y);
            }
            if (node.formula() != null) {
                checkpoint(node.formulaPath(), node.formula(), series, lookup);
            }
        }
        return own;
    }

    private static Operand figure(Parameter figure, int y, ParameterValues parameters, Map<String, Operand[]> own) {
        return figure.isFormula() ? own.get(nl.impact.calc.BudgetLinePlan.figureName(figure))[y]
                : parameters.value(figure, y);
    }

    private void compileBudgetLine(BudgetLine line, ParameterValues parameters) {
        Map<String, Operand[]> own = compileLineFormulas(line, parameters);
        Operand[] costs = new Operand[planYears()];
        checkpoints.add(new Checkpoint(line.path(), "the line's cost (quantity x tariff, or amount)", LARGEST_FIGURE,
                costs, java.util.Set.of(), null));
        for (int y = 0; y < planYears(); y++) {
            Operand cost;
            if (line.cost() instanceof BudgetCost.Amount amount) {
                cost = figure(amount.amount(), y, parameters, own);
            } else {
                BudgetCost.PerUnit perUnit = (BudgetCost.PerUnit) line.cost();
                Operand quantity = perUnit.quantity() instanceof BudgetCost.GivenQuantity given
                        ? figure(given.parameter(), y, parameters, own)
                        : names.get(line.kernaanpak()).get(((BudgetCost.NamedQuantity) perUnit.quantity()).name())[y];
                cost = program.apply(Op.MUL, quantity, figure(perUnit.tariff(), y, parameters, own));
            }
            costs[y] = cost;
            for (Map.Entry<String, Parameter> share : line.shares().entrySet()) {
                int[] accumulators = flow(FlowKind.INVESTMENTS, line.kernaanpak(), null, share.getKey());
                program.accumulate(accumulators[y], program.apply(Op.MUL, cost, parameters.value(share.getValue(), y)));
            }
        }
    }

    /** The accumulators of a flow per effect year, made on first use. */
    private int[] flow(FlowKind kind, String kernaanpak, String domain, String financier) {
        List<String> key = java.util.Arrays.asList(kind.name(), kernaanpak, domain, financier);
        Flow known = flowsByKey.get(key);
        if (known != null) {
            return flowAccumulators.get(known.index());
        }
        int[] accumulators = new int[effectYears()];
        for (int y = 0; y < accumulators.length; y++) {
            accumulators[y] = program.accumulator();
        }
        Flow flow = new Flow(flows.size(), kind, kernaanpak, domain, financier);
        flows.add(flow);
        flowsByKey.put(key, flow);
        flowAccumulators.add(accumulators);
        return accumulators;
    }

    /** Parameters as operands: a banded one is an input (registers per plan year), any other a constant. */
    private final class ParameterValues {
        private final Map<String, Input> byPath;
        private final List<int[]> registers;

        ParameterValues(Map<String, Input> byPath, List<int[]> registers) {
            this.byPath = byPath;
            this.registers = registers;
        }

        Operand value(Parameter parameter, int yearIndex) {
            if (!parameter.banded()) {
                return Operand.of(parameter.values().expected().at(years.first() + yearIndex).doubleValue());
            }
            Input input = byPath.computeIfAbsent(parameter.path(), p -> {
                int[] columns = new int[planYears()];
                boolean shared = shareConstantInputs && sameInEveryYear(parameter);
                for (int y = 0; y < columns.length; y++) {
                    columns[y] = shared && y > 0 ? columns[0] : program.newRegister();
                }
                registers.add(columns);
                return new Input(byPath.size(), parameter);
            });
            return Operand.register(registers.get(input.index())[yearIndex]);
        }

        private boolean sameInEveryYear(Parameter parameter) {
            for (Variant variant : List.of(Variant.MIN, Variant.EXPECTED, Variant.MAX)) {
                for (int y = 1; y < planYears(); y++) {
                    if (CompiledScenario.this.value(parameter, variant, y) != CompiledScenario.this.value(parameter, variant, 0)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
