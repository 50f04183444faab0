package nl.impact.calc.compiled;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.impact.calc.plan.Factor;
import nl.impact.calc.plan.Scope;

/**
 * Evaluates a {@link CompiledScenario} over blocks of draws: one column of draws per register, so
 * each operation is one tight loop. Not thread-safe: one per thread.
 */
public final class Evaluator {

    private final CompiledScenario plan;
    private final double[][] registers;
    private final Program.Instruction[] instructions;
    private final int[][] accumulations;
    /** Per accumulation: whether it is the first to write its accumulator (then start + value). */
    private final boolean[] first;
    private final double[] firstStart;
    /** The accumulators that must be filled with their start before the instructions run. */
    private final int[] filled;
    private final double[] filledStart;
    private final int blockSize;

    Evaluator(CompiledScenario plan, int blockSize) {
        this.plan = plan;
        this.blockSize = blockSize;
        Program program = plan.program();
        this.registers = new double[program.registers()][];
        for (int r = 0; r < registers.length; r++) {
            registers[r] = new double[blockSize];
        }
        for (double[] constant : program.constantValues()) {
            Arrays.fill(registers[(int) constant[0]], constant[1]);
        }
        this.instructions = program.instructions().toArray(new Program.Instruction[0]);
        this.accumulations = program.accumulations().toArray(new int[0][]);
        // An accumulator's first accumulation writes start + value (the same sum as filling it with
        // the start and adding), saving a pass per accumulator and chunk; one that an instruction or an
        // accumulation reads or writes otherwise, or that has no accumulation, is filled as before.
        Set<Integer> used = new HashSet<>();
        for (Program.Instruction i : instructions) {
            used.add(i.target());
            used.add(i.a());
            used.add(i.b());
            used.add(i.c());
        }
        for (int[] add : accumulations) {
            used.add(add[1]);
        }
        Map<Integer, Double> start = new HashMap<>();
        for (int a = 0; a < program.accumulatorCount(); a++) {
            start.put(program.accumulatorRegister(a), program.accumulatorStart(a));
        }
        this.first = new boolean[accumulations.length];
        this.firstStart = new double[accumulations.length];
        Set<Integer> written = new HashSet<>();
        for (int k = 0; k < accumulations.length; k++) {
            int target = accumulations[k][0];
            first[k] = start.containsKey(target) && !used.contains(target) && written.add(target);
            firstStart[k] = first[k] ? start.get(target) : 0;
        }
        this.filled = start.keySet().stream().filter(r -> !written.contains(r)).sorted().mapToInt(Integer::intValue)
                .toArray();
        this.filledStart = Arrays.stream(filled).mapToDouble(start::get).toArray();
    }

    public int blockSize() {
        return blockSize;
    }

    /**
     * Told of each area of a plan of areas as it is evaluated: while it is, {@link #flow} gives that
     * area's own values of the flows computed per area ({@link CompiledScenario#perArea}).
     */
    public interface AreaListener {
        /** Area {@code area} (its index in the area table) has been evaluated for draws {@code 0..n-1}. */
        void evaluated(int area, int n);
    }

    /**
     * Computes draws {@code 0..n-1} with the inputs {@code values} gives; read them with {@link #flow}.
     * In a plan of areas, every area is computed and the flows are their totals.
     */
    public void evaluate(InputValues values, int n) {
        evaluate(values, n, null);
    }

    /**
     * As {@link #evaluate(InputValues, int)}, telling {@code areas} (when not null) of each area of a plan
     * of areas once it is evaluated, before it is added to the totals.
     */
    public void evaluate(InputValues values, int n, AreaListener areas) {
        if (plan.plan().hasAreas()) {
            evaluateAreas(values, plan.scenario().areas(), n, areas);
        } else {
            evaluate(values, null, n);
        }
    }

    /**
     * Computes draws {@code 0..n-1} with the inputs {@code values} gives and, in a plan of areas,
     * each draw an area whose columns {@code columns} gives.
     */
    public void evaluate(InputValues values, ColumnValues columns, int n) {
        if (n > blockSize) {
            throw new IllegalArgumentException("a block holds at most " + blockSize + " draws");
        }
        int[][] inputs = plan.inputRegisters();
        for (int input = 0; input < inputs.length; input++) {
            for (int y = 0; y < inputs[input].length; y++) {
                // An input the same in every year has one register (CompiledScenario.compile): filled once.
                if (y == 0 || inputs[input][y] != inputs[input][0]) {
                    values.fill(input, y, registers[inputs[input][y]], n);
                }
            }
        }
        for (int column : plan.columns()) {
            columns.fill(column, registers[plan.columnRegister(column)], n);
        }
        for (int f = 0; f < filled.length; f++) {
            Arrays.fill(registers[filled[f]], 0, n, filledStart[f]);
        }
        for (Program.Instruction i : instructions) {
            i.op().apply(registers[i.target()], registers[i.a()], i.b() < 0 ? null : registers[i.b()],
                    i.c() < 0 ? null : registers[i.c()], n);
        }
        for (int k = 0; k < accumulations.length; k++) {
            double[] target = registers[accumulations[k][0]];
            double[] value = registers[accumulations[k][1]];
            if (first[k]) {
                double start = firstStart[k];
                for (int d = 0; d < n; d++) {
                    target[d] = start + value[d];
                }
            } else {
                for (int d = 0; d < n; d++) {
                    target[d] += value[d];
                }
            }
        }
    }

    /**
     * Why column {@code column} of the evaluated block is refused: the first value the exact engine
     * checks (in the order compiled: each formula after the names it reads) that is not a finite number
     * there, or, when every one is, the first beyond its limit (a formula's result beyond the limit on
     * magnitudes, which the exact engine refuses too); empty when none is.
     */
    public java.util.Optional<Fault> fault(int column) {
        for (boolean finiteOnly : new boolean[] {true, false}) {
            for (CompiledScenario.Checkpoint point : plan.checkpoints()) {
                for (int y = 0; y < point.values().length; y++) {
                    double v = value(point.values()[y], column);
                    if (finiteOnly ? !Double.isFinite(v) : Math.abs(v) > point.limit()) {
                        java.util.List<String> reads = new java.util.ArrayList<>();
                        for (String name : point.reads()) {
                            reads.add(name + " = " + Fault.number(value(point.lookup().value(name, y), column)));
                        }
                        return java.util.Optional.of(new Fault(point.path(), point.what(),
                                plan.scenario().years().first() + y, v, point.limit(), reads));
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private double value(Operand operand, int column) {
        return operand.constant() ? operand.value() : registers[operand.register()][column];
    }

    /**
     * In a plan of areas (a scenario with an area table): computes draws {@code 0..n-1} in every area
     * of {@code table}, each area's columns the same in every draw, and leaves every flow summed over
     * the areas for {@link #flow} to read.
     */
    private void evaluateAreas(InputValues values, nl.impact.model.AreaTable table, int n, AreaListener listener) {
        int accumulators = plan.program().accumulatorCount();
        double[][] sums = new double[accumulators][n];
        List<nl.impact.model.Area> areas = table.areas();
        for (int index = 0; index < areas.size(); index++) {
            nl.impact.model.Area area = areas.get(index);
            evaluate(values, (column, into, count) -> Arrays.fill(into, 0, count, area.value(column).doubleValue()), n);
            if (listener != null) {
                listener.evaluated(index, n);
            }
            for (int a = 0; a < accumulators; a++) {
                double[] value = registers[plan.program().accumulatorRegister(a)];
                double[] sum = sums[a];
                if (plan.once(a)) {
                    System.arraycopy(value, 0, sum, 0, n); // the same in every area: counted once
                    continue;
                }
                for (int d = 0; d < n; d++) {
                    sum[d] += value[d];
                }
            }
        }
        for (int a = 0; a < accumulators; a++) {
            System.arraycopy(sums[a], 0, registers[plan.program().accumulatorRegister(a)], 0, n);
        }
    }

    /** The euros of a flow in effect year {@code yearIndex} (from the first plan year), one per draw. */
    public double[] flow(CompiledScenario.Flow flow, int yearIndex) {
        return registers[plan.program().accumulatorRegister(plan.flowAccumulators().get(flow.index())[yearIndex])];
    }

    /** The value of a name of a kernaanpak in a plan year, one per draw (a constant fills the column). */
    public double[] name(String kernaanpak, String name, int yearIndex) {
        return column(plan.name(kernaanpak, name, yearIndex));
    }

    /** The value of a name of a scope in a plan year, one per draw. */
    public double[] name(Scope scope, String name, int yearIndex) {
        return column(plan.name(scope, name, yearIndex));
    }

    /** A flow's value in a start year (index from the first plan year) before its share, one per draw. */
    public double[] cases(nl.impact.calc.plan.Flow flow, int yearIndex) {
        return column(plan.cases(flow, yearIndex));
    }

    /** 1 where (and when) a kernaanpak's cases start, else 0, per draw: an area each. */
    public double[] active(Factor active, int yearIndex) {
        return column(plan.active(active, yearIndex));
    }

    private double[] column(Operand operand) {
        if (operand.constant()) {
            double[] column = new double[blockSize];
            Arrays.fill(column, operand.value());
            return column;
        }
        return registers[operand.register()];
    }

    List<CompiledScenario.Flow> flows() {
        return plan.flows();
    }
}
