package nl.impact.calc.compiled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.IdentityHashMap;
import java.util.function.Predicate;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.plan.Factor;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.plan.Scope;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.model.Band;
import nl.impact.model.Limits;
import nl.impact.model.Parameter;
import nl.impact.model.Paths;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearValues;

/**
 * A scenario's {@link Plan} compiled into double-precision operations over blocks of draws: the same
 * scopes of names and the same flows the exact engine evaluates. Every banded input is an
 * {@link Input} whose values the caller gives per draw and plan year; every other figure is folded
 * into constants. The result of a block is a set of {@link Flow}s: euros per draw and effect year,
 * undiscounted, per kernaanpak, domain and financier.
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

    /**
     * An input of the register whose values per draw the caller gives: a banded one, or one the
     * caller asked to vary ({@link #compile(Plan, boolean, Predicate)}).
     */
    public record Input(int index, nl.impact.calc.plan.Input registered) {
        public String path() {
            return registered.path();
        }

        public Parameter parameter() {
            return registered.parameter();
        }

        /** The input's Dutch label, as the register gives it. */
        public String label() {
            return registered.label();
        }
    }

    /** What a flow adds up. */
    public enum FlowKind {
        BENEFITS, INVESTMENTS,
        /** What settlements move to the financier, and what they move away from it (both positive). */
        SETTLEMENTS_IN, SETTLEMENTS_OUT
    }

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

    private final Plan plan;
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final Scenario scenario;
    private final YearRange years;
    private final Program program = new Program();
    private final List<Input> inputs = new ArrayList<>();
    private final Map<String, Input> inputsByPath = new HashMap<>();
    private final List<int[]> registers = new ArrayList<>();
    private final int[][] inputRegisters;
    private final boolean shareConstantInputs;
    /** Which inputs of the register are registers the caller fills; every other is a constant. */
    private final Predicate<nl.impact.calc.plan.Input> given;
    private final List<Flow> flows = new ArrayList<>();
    private final List<int[]> flowAccumulators = new ArrayList<>();
    private final Map<List<String>, Flow> flowsByKey = new HashMap<>();
    /** Per scope, the operands of the names it computes itself, per plan year. */
    private final List<Map<String, Operand[]>> names = new ArrayList<>();
    private final Map<String, Integer> kernaanpakScopes = new HashMap<>();
    /** Each figure compiled once: an effect's correction serves all its amounts. */
    private final Map<Factor, Operand[]> factors = new IdentityHashMap<>();
    /** Per flow of the plan, its value per start year before its share: volume x amount x correction x active. */
    private final Map<Integer, Operand[]> cases = new HashMap<>();
    /** Per column of the area table that a formula uses, its register: each area's own value, in every year. */
    private final Map<Integer, Integer> columnRegisters = new java.util.TreeMap<>();
    /** In a plan of areas, per kernaanpak its summed names' accumulators per plan year: the totals over the areas. */
    private final Map<String, Map<String, int[]>> summed = new HashMap<>();
    /** In a plan of areas, the accumulators of what is computed once, not per area: budget lines of their own figures. */
    private final java.util.Set<Integer> once = new java.util.HashSet<>();

    private final boolean capacity;

    private CompiledScenario(Plan plan, boolean shareConstantInputs, boolean capacity,
            Predicate<nl.impact.calc.plan.Input> given) {
        this.capacity = capacity;
        this.given = given;
        this.plan = plan;
        this.scenario = plan.scenario();
        this.years = scenario.years();
        this.shareConstantInputs = shareConstantInputs;
        for (Scope scope : plan.scopes()) {
            names.add(new HashMap<>());
            if (!scope.isLine()) {
                kernaanpakScopes.put(scope.id(), scope.index());
                compileNames(scope);
                compileEffects(plan.effects(scope));
                if (plan.hasAreas()) {
                    compileSums(scope);
                }
            }
        }
        // A line's own names just before its cost, so inputs are first used in the scenario's order.
        for (int l = 0; l < scenario.begroting().lines().size(); l++) {
            int scope = plan.lineScope(l);
            if (scope >= 0 && plan.scope(scope).isLine()) {
                compileNames(plan.scope(scope));
            }
            compileLine(plan.line(l));
        }
        for (int t = 0; t < scenario.settlements().size(); t++) {
            compileSettlement(plan.settlement(t));
        }
        this.inputRegisters = registers.toArray(new int[0][]);
    }

    /**
     * Compiles a plan. With {@code shareConstantInputs}, an input whose band (min, expected and max)
     * is the same in every plan year has one register for all years, and {@link InputValues#fill} is
     * asked for its first plan year only: for callers whose values of such an input never differ
     * between years (a simulation's draws, the variants), it saves writing the same column once per year.
     *
     * @throws UnsupportedFormulaException when a formula uses what the compiled plan cannot compute
     */
    public static CompiledScenario compile(Plan plan, boolean shareConstantInputs) {
        return new CompiledScenario(plan, shareConstantInputs, false, nl.impact.calc.plan.Input::banded);
    }

    /**
     * As {@link #compile(Plan, boolean)}, with the inputs {@code given} accepts as inputs whose values
     * the caller gives (the banded ones and, for {@code --sensitivity-range}, unbanded ones too); every
     * other figure is a constant at its expected value.
     */
    public static CompiledScenario compile(Plan plan, boolean shareConstantInputs,
            Predicate<nl.impact.calc.plan.Input> given) {
        return new CompiledScenario(plan, shareConstantInputs, false, given);
    }

    /**
     * A plan compiled to evaluate the areas of an area table, one area per draw: the columns are
     * registers each area fills, and the effects in hours, FTE or persons are computed too.
     */
    public static CompiledScenario compileAreas(Plan plan) {
        return compileAreas(plan, input -> false);
    }

    /**
     * As {@link #compileAreas(Plan)}, with the inputs {@code given} accepts given by the caller too
     * (a recomputation's overridden figures). A figure folded into a constant and the same figure in a
     * register give the same values: an operation folds with the arithmetic it runs with.
     */
    public static CompiledScenario compileAreas(Plan plan, Predicate<nl.impact.calc.plan.Input> given) {
        return new CompiledScenario(plan, false, true, input -> input.banded() || given.test(input));
    }

    public Scenario scenario() {
        return scenario;
    }

    public Plan plan() {
        return plan;
    }

    /** The inputs whose values the caller gives (the banded ones by default), in the order they are first used. */
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

    /**
     * True when a flow arises in each area of a plan of areas (an effect, or a budget line that reads its
     * kernaanpak's names); false for a line of its own figures, which belongs to no area and counts once,
     * and for every flow of a plan without areas.
     */
    public boolean perArea(Flow flow) {
        return plan.hasAreas() && !once.contains(flowAccumulators.get(flow.index())[0]);
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

    /**
     * As {@link #variant(Variant)}, the inputs at the paths of {@code overrides} at those values
     * instead of their own.
     */
    public InputValues variant(Variant variant, Map<String, Band<YearValues>> overrides) {
        if (overrides.isEmpty()) {
            return variant(variant);
        }
        double[][] values = new double[inputs.size()][planYears()];
        for (Input input : inputs) {
            Band<YearValues> band = overrides.getOrDefault(input.path(), input.parameter().values());
            for (int y = 0; y < planYears(); y++) {
                values[input.index()][y] = band.get(variant).at(years.first() + y).doubleValue();
            }
        }
        return (input, yearIndex, column, n) -> java.util.Arrays.fill(column, 0, n, values[input][yearIndex]);
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

    /** The columns of the area table the plan reads, by their index in the table; each a register. */
    java.util.Set<Integer> columns() {
        return columnRegisters.keySet();
    }

    /** True when accumulator {@code index} holds what counts once in a plan of areas, not once per area. */
    boolean once(int index) {
        return once.contains(index);
    }

    int columnRegister(int column) {
        return columnRegisters.get(column);
    }

    /** A flow's value in a start year (index from the first plan year), before its share. */
    Operand cases(nl.impact.calc.plan.Flow flow, int yearIndex) {
        return cases.get(flow.index())[yearIndex];
    }

    /** The register or constant holding a name of a scope in a plan year. */
    Operand name(Scope scope, String name, int yearIndex) {
        return name(scope.index(), name)[yearIndex];
    }

    /** Whether cases of a kernaanpak start in a plan year, per area (compiled with the plan). */
    Operand active(Factor factor, int yearIndex) {
        return factors.get(factor)[yearIndex];
    }

    /**
     * The register or constant holding a name of a kernaanpak in a plan year, for KPIs and tests; in
     * a plan of areas, the total over the areas of a summed name.
     */
    Operand name(String kernaanpak, String name, int yearIndex) {
        int[] sum = summed.getOrDefault(kernaanpak, Map.of()).get(name);
        if (sum != null) {
            return Operand.register(program.accumulatorRegister(sum[yearIndex]));
        }
        return name(kernaanpakScopes.get(kernaanpak), name)[yearIndex];
    }

    /** A name's operands per plan year, from its scope or the scope's parent. */
    private Operand[] name(int scope, String name) {
        Operand[] own = names.get(scope).get(name);
        return own != null ? own : name(plan.scope(scope).parent(), name);
    }

    private void compileNames(Scope scope) {
        Map<String, Operand[]> own = names.get(scope.index());
        FormulaCompiler formulas = new FormulaCompiler(program, years.first());
        FormulaCompiler.Names lookup = (name, yearIndex) -> name(scope.index(), name)[yearIndex];
        for (CalculationPlan.Node node : scope.own()) {
            Operand[] series = new Operand[planYears()];
            own.put(node.name(), series);
            for (int y = 0; y < planYears(); y++) {
                series[y] = plan.isColumn(node) ? column(plan.column(node.name()))
                        : node.formula() == null ? value(node.parameter(), y)
                        : formulas.compile(node.formula().syntaxTree(), lookup, y);
            }
            if (node.formula() != null) {
                checkpoint(node.formulaPath(), node.formula(), series, lookup);
            }
        }
    }

    /** A kernaanpak's summed names, times whether it runs, added up over the areas as they are evaluated. */
    private void compileSums(Scope scope) {
        Operand[] active = factor(plan.active(scope));
        Map<String, int[]> sums = new HashMap<>();
        summed.put(scope.id(), sums);
        for (String name : plan.summed(scope)) {
            int[] accumulators = new int[planYears()];
            Operand[] values = name(scope.index(), name);
            for (int y = 0; y < planYears(); y++) {
                accumulators[y] = program.accumulator();
                program.accumulate(accumulators[y], program.apply(Op.MUL, values[y], active[y]));
            }
            sums.put(name, accumulators);
        }
    }

    /** The register of an area table's column, made on first use. */
    private Operand column(int column) {
        return Operand.register(columnRegisters.computeIfAbsent(column, c -> program.newRegister()));
    }

    /** Whether cases start in the area, per plan year: where the column is not zero, from the column's year. */
    private Operand[] active(Factor.Active active) {
        Operand[] known = factors.get(active);
        if (known != null) {
            return known;
        }
        Operand[] series = new Operand[planYears()];
        for (int y = 0; y < planYears(); y++) {
            Operand runs = Operand.of(1);
            if (active.where() != null) {
                runs = program.apply(Op.NE, column(plan.column(active.where())), Operand.of(0));
            }
            if (active.from() != null) {
                runs = program.apply(Op.AND, runs, program.apply(Op.LE, column(plan.column(active.from())),
                        Operand.of(years.first() + y)));
            }
            series[y] = runs;
        }
        factors.put(active, series);
        return series;
    }

    /** A factor's operands per plan year: a name, or a figure compiled once. */
    private Operand[] factor(Factor factor) {
        if (factor instanceof Factor.Name n) {
            return name(n.scope(), n.name());
        }
        if (factor instanceof Factor.Active active) {
            return active(active);
        }
        Operand[] known = factors.get(factor);
        if (known != null) {
            return known;
        }
        Factor.Figure figure = (Factor.Figure) factor;
        Operand[] series = new Operand[planYears()];
        FormulaCompiler formulas = new FormulaCompiler(program, years.first());
        FormulaCompiler.Names lookup = (name, yearIndex) -> name(figure.scope(), name)[yearIndex];
        for (int y = 0; y < planYears(); y++) {
            series[y] = figure.isFormula() ? formulas.compile(figure.formula().syntaxTree(), lookup, y)
                    : value(figure.parameter(), y);
        }
        if (figure.isFormula()) {
            checkpoint(Paths.child(figure.parameter().path(), "formula"), figure.formula(), series, lookup);
        }
        factors.put(factor, series);
        return series;
    }

    private void compileEffects(List<nl.impact.calc.plan.Flow> effects) {
        for (nl.impact.calc.plan.Flow effect : effects) {
            boolean euros = effect.kind() == nl.impact.calc.plan.Flow.Kind.BENEFIT;
            if (!euros && !capacity) {
                continue; // hours, FTE or persons: capacity, never part of the euro flows a simulation draws
            }
            Operand[] volume = effect.volume() == null ? null : factor(effect.volume());
            Operand[] correction = effect.correction() == null ? null : factor(effect.correction());
            Operand[] amount = factor(effect.amount());
            Operand[] active = effect.active() == null ? null : factor(effect.active());
            int[] accumulators = euros ? flow(FlowKind.BENEFITS, effect.kernaanpak(), effect.domain(), effect.financier(),
                    effect.perArea()) : null;
            Operand[] perStart = new Operand[planYears()];
            cases.put(effect.index(), perStart);
            checkpoints.add(new Checkpoint(Paths.child(effect.path(), "amounts"), "volume x amount x correction for "
                    + effect.domain(), LARGEST_FIGURE, perStart, java.util.Set.of(), null));
            for (int start = 0; start < planYears(); start++) {
                // A lump sum has no volume: its amount is the euros of the start year.
                Operand cohort = volume == null ? amount[start] : program.apply(Op.MUL, volume[start], amount[start]);
                if (correction != null) {
                    cohort = program.apply(Op.MUL, cohort, correction[start]);
                }
                if (active != null) {
                    cohort = program.apply(Op.MUL, cohort, active[start]);
                }
                perStart[start] = cohort;
                for (int year = start; year < effectYears() && euros; year++) {
                    if (effect.fallsIn(years.first() + start, years.first() + year)) {
                        program.accumulate(accumulators[year], cohort);
                    }
                }
            }
        }
    }

    /**
     * A settlement: each term's value per start year (its factors multiplied as the plan lists them,
     * then its share), spread by its timing into what its financier receives and its payer pays.
     */
    private void compileSettlement(List<nl.impact.calc.plan.Flow> terms) {
        if (terms.isEmpty()) {
            return;
        }
        int own = terms.get(0).scope();
        if (own >= 0 && plan.scope(own).isLine() && plan.scope(own).line().id().equals(terms.get(0).source())) {
            compileNames(plan.scope(own));
        }
        for (nl.impact.calc.plan.Flow term : terms) {
            List<Factor> factors = term.factors();
            int[] in = flow(FlowKind.SETTLEMENTS_IN, "", null, term.financier(), term.perArea());
            int[] out = flow(FlowKind.SETTLEMENTS_OUT, "", null, term.payer(), term.perArea());
            Operand[] perStart = new Operand[planYears()];
            cases.put(term.index(), perStart);
            for (int start = 0; start < planYears(); start++) {
                Operand value = factor(factors.get(0))[start];
                for (int f = 1; f < factors.size(); f++) {
                    if (factors.get(f) == term.share()) {
                        perStart[start] = value;
                    }
                    value = program.apply(Op.MUL, value, factor(factors.get(f))[start]);
                }
                if (term.share() == null) {
                    perStart[start] = value;
                }
                for (int year = start; year < effectYears(); year++) {
                    if (term.fallsIn(years.first() + start, years.first() + year)) {
                        program.accumulate(in[year], value);
                        program.accumulate(out[year], value);
                    }
                }
            }
        }
    }

    /** A budget line: its cost (quantity x tariff, or amount) once per year, then each financier's share of it. */
    private void compileLine(List<nl.impact.calc.plan.Flow> parts) {
        nl.impact.calc.plan.Flow first = parts.get(0);
        Operand[] amount = factor(first.amount());
        Operand[] quantity = first.volume() == null ? null : factor(first.volume());
        Operand[] active = first.active() == null ? null : factor(first.active());
        Operand[] perYear = new Operand[planYears()];
        parts.forEach(part -> cases.put(part.index(), perYear));
        checkpoints.add(new Checkpoint(first.path(), "the line's cost (quantity x tariff, or amount)", LARGEST_FIGURE,
                perYear, java.util.Set.of(), null));
        for (int y = 0; y < planYears(); y++) {
            Operand cost = quantity == null ? amount[y] : program.apply(Op.MUL, quantity[y], amount[y]);
            if (active != null) {
                cost = program.apply(Op.MUL, cost, active[y]);
            }
            perYear[y] = cost;
            for (nl.impact.calc.plan.Flow part : parts) {
                int[] accumulators = flow(FlowKind.INVESTMENTS, part.kernaanpak(), null, part.financier(), part.perArea());
                program.accumulate(accumulators[y], program.apply(Op.MUL, cost, factor(part.share())[y]));
            }
        }
    }

    /** The accumulators of a flow per effect year, made on first use. */
    private int[] flow(FlowKind kind, String kernaanpak, String domain, String financier, boolean perArea) {
        // In a plan of areas a line of its own figures counts once, not once per area: apart from the rest.
        List<String> key = java.util.Arrays.asList(kind.name(), kernaanpak, domain, financier, perArea ? "areas" : "");
        Flow known = flowsByKey.get(key);
        if (known != null) {
            return flowAccumulators.get(known.index());
        }
        int[] accumulators = new int[effectYears()];
        for (int y = 0; y < accumulators.length; y++) {
            accumulators[y] = program.accumulator();
            if (plan.hasAreas() && !perArea) {
                once.add(accumulators[y]);
            }
        }
        Flow flow = new Flow(flows.size(), kind, kernaanpak, domain, financier);
        flows.add(flow);
        flowsByKey.put(key, flow);
        flowAccumulators.add(accumulators);
        return accumulators;
    }

    /**
     * A parameter as an operand: a given input (a banded one, unless the caller chose otherwise) is
     * registers per plan year, any other a constant.
     */
    private Operand value(Parameter parameter, int yearIndex) {
        Input input = inputsByPath.get(parameter.path());
        if (input == null && !given(parameter)) {
            return Operand.of(parameter.values().expected().at(years.first() + yearIndex).doubleValue());
        }
        if (input == null) {
            int[] columns = new int[planYears()];
            boolean shared = shareConstantInputs && sameInEveryYear(parameter);
            for (int y = 0; y < columns.length; y++) {
                columns[y] = shared && y > 0 ? columns[0] : program.newRegister();
            }
            registers.add(columns);
            input = new Input(inputs.size(), plan.inputs().byPath(parameter.path()).orElseThrow(
                    () -> new IllegalStateException("a banded figure outside the register of inputs: " + parameter.path())));
            inputs.add(input);
            inputsByPath.put(parameter.path(), input);
        }
        return Operand.register(registers.get(input.index())[yearIndex]);
    }

    /** True when the parameter is an input of the register the caller gives values for. */
    private boolean given(Parameter parameter) {
        if (parameter.banded()) {
            return true;
        }
        return plan.inputs().byPath(parameter.path()).filter(given).isPresent();
    }

    private boolean sameInEveryYear(Parameter parameter) {
        for (Variant variant : List.of(Variant.MIN, Variant.EXPECTED, Variant.MAX)) {
            for (int y = 1; y < planYears(); y++) {
                if (value(parameter, variant, y) != value(parameter, variant, 0)) {
                    return false;
                }
            }
        }
        return true;
    }
}
