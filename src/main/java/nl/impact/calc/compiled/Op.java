package nl.impact.calc.compiled;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The operations of a compiled plan, each applied to whole columns of draws. */
enum Op {
    ADD, SUB, MUL, DIV, POW, MIN, MAX, LT, LE, GT, GE, EQ, NE, AND, OR, ROUND,
    NEG, NOT, ABS, SQRT, FLOOR, CEILING,
    IF;

    boolean unary() {
        return this == NEG || this == NOT || this == ABS || this == SQRT || this == FLOOR || this == CEILING;
    }

    /**
     * The operation on one value; also folds constants when the plan is compiled. A value that is not
     * a finite number (a division by zero, an overflow: what the exact engine refuses) stays one
     * through every operation that reads it, so that it reaches the results, where a draw with it is
     * refused: a comparison, a condition, MIN, MAX, ROUND or a power of it is not a number. Only what
     * the exact engine does not evaluate is not read: the branch of IF not taken, and the right side
     * of && and || when the left decides.
     */
    double apply(double a, double b, double c) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> Double.isFinite(b) ? a / b : Double.NaN;
            case POW -> finite(a, b) ? Math.pow(a, b) : Double.NaN;
            case MIN -> finite(a, b) ? Math.min(a, b) : Double.NaN;
            case MAX -> finite(a, b) ? Math.max(a, b) : Double.NaN;
            case LT -> finite(a, b) ? (a < b ? 1 : 0) : Double.NaN;
            case LE -> finite(a, b) ? (a <= b ? 1 : 0) : Double.NaN;
            case GT -> finite(a, b) ? (a > b ? 1 : 0) : Double.NaN;
            case GE -> finite(a, b) ? (a >= b ? 1 : 0) : Double.NaN;
            case EQ -> finite(a, b) ? (a == b ? 1 : 0) : Double.NaN;
            case NE -> finite(a, b) ? (a != b ? 1 : 0) : Double.NaN;
            case AND -> !Double.isFinite(a) ? Double.NaN : a == 0 ? 0 : !Double.isFinite(b) ? Double.NaN : b != 0 ? 1 : 0;
            case OR -> !Double.isFinite(a) ? Double.NaN : a != 0 ? 1 : !Double.isFinite(b) ? Double.NaN : b != 0 ? 1 : 0;
            // A tie away from zero, as the exact engine and Excel's ROUND in the workbooks.
            case ROUND -> finite(a, b) ? new BigDecimal(a).setScale((int) b, RoundingMode.HALF_UP).doubleValue()
                    : Double.NaN;
            case NEG -> -a;
            case NOT -> Double.isFinite(a) ? (a == 0 ? 1 : 0) : Double.NaN;
            case ABS -> Math.abs(a);
            case SQRT -> Math.sqrt(a);
            case FLOOR -> Math.floor(a);
            case CEILING -> Math.ceil(a);
            case IF -> !Double.isFinite(a) ? Double.NaN : a != 0 ? b : c;
        };
    }

    private static boolean finite(double a, double b) {
        return Double.isFinite(a) && Double.isFinite(b);
    }

    /** The operation over draws {@code 0..n-1}; the loops are kept simple so the JIT vectorises them. */
    void apply(double[] d, double[] a, double[] b, double[] c, int n) {
        switch (this) {
            case ADD -> { for (int i = 0; i < n; i++) { d[i] = a[i] + b[i]; } }
            case SUB -> { for (int i = 0; i < n; i++) { d[i] = a[i] - b[i]; } }
            case MUL -> { for (int i = 0; i < n; i++) { d[i] = a[i] * b[i]; } }
            // Times one for a finite divisor, not a number for an infinite one (x / infinity would hide it): see apply.
            case DIV -> { for (int i = 0; i < n; i++) { d[i] = a[i] / b[i] * (1 + (b[i] - b[i])); } }
            case NEG -> { for (int i = 0; i < n; i++) { d[i] = -a[i]; } }
            default -> { for (int i = 0; i < n; i++) { d[i] = apply(a[i], b == null ? 0 : b[i], c == null ? 0 : c[i]); } }
        }
    }
}
