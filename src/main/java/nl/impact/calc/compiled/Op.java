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

    /** The operation on one value; also folds constants when the plan is compiled. */
    double apply(double a, double b, double c) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POW -> Math.pow(a, b);
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
            case LT -> a < b ? 1 : 0;
            case LE -> a <= b ? 1 : 0;
            case GT -> a > b ? 1 : 0;
            case GE -> a >= b ? 1 : 0;
            case EQ -> a == b ? 1 : 0;
            case NE -> a != b ? 1 : 0;
            case AND -> a != 0 && b != 0 ? 1 : 0;
            case OR -> a != 0 || b != 0 ? 1 : 0;
            // The exact engine rounds a tie to even (its math context); so does this.
            case ROUND -> Double.isFinite(a)
                    ? new BigDecimal(a).setScale((int) b, RoundingMode.HALF_EVEN).doubleValue() : a;
            case NEG -> -a;
            case NOT -> a == 0 ? 1 : 0;
            case ABS -> Math.abs(a);
            case SQRT -> Math.sqrt(a);
            case FLOOR -> Math.floor(a);
            case CEILING -> Math.ceil(a);
            case IF -> a != 0 ? b : c;
        };
    }

    /** The operation over draws {@code 0..n-1}; the loops are kept simple so the JIT vectorises them. */
    void apply(double[] d, double[] a, double[] b, double[] c, int n) {
        switch (this) {
            case ADD -> { for (int i = 0; i < n; i++) { d[i] = a[i] + b[i]; } }
            case SUB -> { for (int i = 0; i < n; i++) { d[i] = a[i] - b[i]; } }
            case MUL -> { for (int i = 0; i < n; i++) { d[i] = a[i] * b[i]; } }
            case DIV -> { for (int i = 0; i < n; i++) { d[i] = a[i] / b[i]; } }
            case NEG -> { for (int i = 0; i < n; i++) { d[i] = -a[i]; } }
            default -> { for (int i = 0; i < n; i++) { d[i] = apply(a[i], b == null ? 0 : b[i], c == null ? 0 : c[i]); } }
        }
    }
}
