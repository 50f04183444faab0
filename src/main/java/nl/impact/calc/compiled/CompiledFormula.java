package nl.impact.calc.compiled;

import java.util.Arrays;
import java.util.List;
import nl.impact.calc.formula.FormulaExpression;

/**
 * One formula compiled for columns of draws, in each year from the first: the names it reads are
 * columns the caller fills (each in the years it is read), and its value in a year is a column. It
 * is compiled by the same {@link FormulaCompiler} as the compiled plan's formulas, so a formula
 * computes the same here as there; a KPI's formula is compiled this way over the compiled plan's
 * results. Thread-safe once built; each thread evaluates with its own {@link Columns}.
 */
public final class CompiledFormula {

    private final Program program = new Program();
    private final List<String> names;
    /** Per name and year index, the register the caller fills; -1 where the formula does not read it. */
    private final int[][] registers;
    private final Operand[] values;

    private CompiledFormula(FormulaExpression formula, int firstYear, int years) {
        this.names = List.copyOf(formula.names());
        this.registers = new int[names.size()][years];
        for (int[] perYear : registers) {
            Arrays.fill(perYear, -1);
        }
        FormulaCompiler compiler = new FormulaCompiler(program, firstYear);
        FormulaCompiler.Names lookup = (name, yearIndex) -> {
            int[] perYear = registers[names.indexOf(name)];
            if (perYear[yearIndex] < 0) {
                perYear[yearIndex] = program.newRegister();
            }
            return Operand.register(perYear[yearIndex]);
        };
        this.values = new Operand[years];
        for (int y = 0; y < years; y++) {
            values[y] = compiler.compile(formula.syntaxTree(), lookup, y);
        }
    }

    /**
     * Compiles {@code formula} for the years {@code firstYear} to {@code firstYear + years - 1}.
     *
     * @throws UnsupportedFormulaException when the formula uses what the compiled plan cannot compute
     */
    public static CompiledFormula compile(FormulaExpression formula, int firstYear, int years) {
        return new CompiledFormula(formula, firstYear, years);
    }

    /** The names the formula reads, in the order {@link Columns#name} numbers them. */
    public List<String> names() {
        return names;
    }

    /** True when the value in some year reads name {@code name} (its index) in year index {@code yearIndex}. */
    public boolean reads(int name, int yearIndex) {
        return registers[name][yearIndex] >= 0;
    }

    /** The number of years compiled. */
    public int years() {
        return values.length;
    }

    /** Columns to evaluate blocks of up to {@code blockSize} draws in; one per thread. */
    public Columns columns(int blockSize) {
        return new Columns(blockSize);
    }

    /** One thread's columns: fill the names' columns, evaluate, read the values. */
    public final class Columns {
        private final double[][] columns;
        private final Program.Instruction[] instructions;
        private final double[] scratch;

        private Columns(int blockSize) {
            columns = new double[program.registers()][blockSize];
            for (double[] constant : program.constantValues()) {
                Arrays.fill(columns[(int) constant[0]], constant[1]);
            }
            instructions = program.instructions().toArray(new Program.Instruction[0]);
            scratch = new double[blockSize];
        }

        /**
         * The column to fill with name {@code name}'s (its index) values in year index {@code yearIndex},
         * one per draw; a column nothing reads when the formula does not read the name in that year.
         */
        public double[] name(int name, int yearIndex) {
            int register = registers[name][yearIndex];
            return register < 0 ? scratch : columns[register];
        }

        /** Computes draws {@code 0..n-1} from the names' columns. */
        public void evaluate(int n) {
            for (Program.Instruction i : instructions) {
                i.op().apply(columns[i.target()], columns[i.a()], i.b() < 0 ? null : columns[i.b()],
                        i.c() < 0 ? null : columns[i.c()], n);
            }
        }

        /** The formula's value in year index {@code yearIndex}, one per draw; valid until the next {@link #evaluate}. */
        public double[] value(int yearIndex, int n) {
            Operand value = values[yearIndex];
            if (!value.constant()) {
                return columns[value.register()];
            }
            double[] column = new double[n];
            Arrays.fill(column, value.value());
            return column;
        }
    }
}
