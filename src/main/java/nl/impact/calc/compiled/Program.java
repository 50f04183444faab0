package nl.impact.calc.compiled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The straight-line program a plan compiles to: each instruction writes a new register (a column
 * of draws) from earlier ones. Operations on constants are folded while compiling, so a draw only
 * pays for what depends on an uncertain parameter. Accumulators add up contributions (euros per
 * flow and year) and start each block at their folded constant part.
 */
final class Program {

    record Instruction(Op op, int target, int a, int b, int c) {
    }

    private final List<Instruction> instructions = new ArrayList<>();
    private final Map<Double, Integer> constants = new HashMap<>();
    private final List<double[]> constantValues = new ArrayList<>();
    private final List<int[]> accumulations = new ArrayList<>();
    private final List<Integer> accumulators = new ArrayList<>();
    private final List<Double> accumulatorStart = new ArrayList<>();
    private final java.util.Set<Integer> varying = new java.util.HashSet<>();
    private int registers;

    int newRegister() {
        return registers++;
    }

    int registers() {
        return registers;
    }

    List<Instruction> instructions() {
        return instructions;
    }

    /** The constant registers and their values: filled once per evaluator. */
    List<double[]> constantValues() {
        return constantValues;
    }

    Operand apply(Op op, Operand a) {
        return apply(op, a, Operand.of(0), Operand.of(0));
    }

    Operand apply(Op op, Operand a, Operand b) {
        return apply(op, a, b, Operand.of(0));
    }

    Operand apply(Op op, Operand a, Operand b, Operand c) {
        if (a.constant() && b.constant() && c.constant()) {
            return Operand.of(op.apply(a.value(), b.value(), c.value()));
        }
        if (op == Op.IF && a.constant() && Double.isFinite(a.value())) {
            return a.value() != 0 ? b : c;
        }
        int target = newRegister();
        instructions.add(new Instruction(op, target, register(a), op.unary() ? -1 : register(b),
                op == Op.IF ? register(c) : -1));
        return Operand.register(target);
    }

    /** A new accumulator, starting at zero. */
    int accumulator() {
        int register = newRegister();
        accumulators.add(register);
        accumulatorStart.add(0.0);
        return accumulators.size() - 1;
    }

    /** Adds a value to accumulator {@code index}: folded when constant. */
    void accumulate(int index, Operand value) {
        if (value.constant()) {
            accumulatorStart.set(index, accumulatorStart.get(index) + value.value());
        } else {
            accumulations.add(new int[] {accumulators.get(index), value.register()});
            varying.add(index);
        }
    }

    int accumulatorRegister(int index) {
        return accumulators.get(index);
    }

    double accumulatorStart(int index) {
        return accumulatorStart.get(index);
    }

    /** True when something that depends on an input is added into accumulator {@code index}. */
    boolean varies(int index) {
        return varying.contains(index);
    }

    int accumulatorCount() {
        return accumulators.size();
    }

    /** Additions into accumulators, in the order they were compiled: {accumulator register, value register}. */
    List<int[]> accumulations() {
        return accumulations;
    }

    /** The register holding a constant, shared by every use of the same value. */
    int register(Operand operand) {
        if (!operand.constant()) {
            return operand.register();
        }
        return constants.computeIfAbsent(operand.value(), v -> {
            int register = newRegister();
            constantValues.add(new double[] {register, v});
            return register;
        });
    }
}
