package nl.impact.calc.compiled;

import java.util.Arrays;
import java.util.List;

/**
 * Evaluates a {@link CompiledScenario} over blocks of draws: one column of draws per register, so
 * each operation is one tight loop. Not thread-safe: one per thread.
 */
public final class Evaluator {

    private final CompiledScenario plan;
    private final double[][] registers;
    private final Program.Instruction[] instructions;
    private final int[][] accumulations;
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
    }

    public int blockSize() {
        return blockSize;
    }

    /** Computes draws {@code 0..n-1} with the inputs {@code values} gives; read them with {@link #flow}. */
    public void evaluate(InputValues values, int n) {
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
        Program program = plan.program();
        for (int a = 0; a < program.accumulatorCount(); a++) {
            Arrays.fill(registers[program.accumulatorRegister(a)], 0, n, program.accumulatorStart(a));
        }
        for (Program.Instruction i : instructions) {
            i.op().apply(registers[i.target()], registers[i.a()], i.b() < 0 ? null : registers[i.b()],
                    i.c() < 0 ? null : registers[i.c()], n);
        }
        for (int[] add : accumulations) {
            double[] target = registers[add[0]];
            double[] value = registers[add[1]];
            for (int d = 0; d < n; d++) {
                target[d] += value[d];
            }
        }
    }

    /** The euros of a flow in effect year {@code yearIndex} (from the first plan year), one per draw. */
    public double[] flow(CompiledScenario.Flow flow, int yearIndex) {
        return registers[plan.program().accumulatorRegister(plan.flowAccumulators().get(flow.index())[yearIndex])];
    }

    /** The value of a name of a kernaanpak in a plan year, one per draw (a constant fills the column). */
    public double[] name(String kernaanpak, String name, int yearIndex) {
        Operand operand = plan.name(kernaanpak, name, yearIndex);
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
