package nl.impact.calc.compiled;

/**
 * A value in a compiled plan: a constant known when the plan is compiled (folded: it is the same in
 * every draw) or a register, a column holding one value per draw of a block.
 */
record Operand(boolean constant, double value, int register) {

    static Operand of(double value) {
        return new Operand(true, value, -1);
    }

    static Operand register(int register) {
        return new Operand(false, Double.NaN, register);
    }
}
