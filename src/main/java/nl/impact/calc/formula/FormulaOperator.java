package nl.impact.calc.formula;

import java.util.Optional;

/**
 * The operators a formula may use: exactly those the workbook can write as an Excel formula with
 * the same result. {@code %} is not among them: EvalEx's remainder keeps the dividend's sign,
 * Excel's MOD the divisor's. Like {@link FormulaFunction}, the Excel writer translates each in an
 * exhaustive switch.
 */
public enum FormulaOperator {
    PLUS("+", true), MINUS("-", true), TIMES("*", true), DIVIDE("/", true), POWER("^", true),
    LESS("<", true), LESS_OR_EQUAL("<=", true), GREATER(">", true), GREATER_OR_EQUAL(">=", true),
    EQUAL("=", true), EQUAL_EQUAL("==", true), NOT_EQUAL("!=", true), NOT_EQUAL_ANGLE("<>", true),
    AND("&&", true), OR("||", true),
    NEGATE("-", false), UNARY_PLUS("+", false), LOGICAL_NOT("!", false);

    private final String symbol;
    private final boolean infix;

    FormulaOperator(String symbol, boolean infix) {
        this.symbol = symbol;
        this.infix = infix;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isInfix() {
        return infix;
    }

    public static Optional<FormulaOperator> infix(String symbol) {
        return find(symbol, true);
    }

    public static Optional<FormulaOperator> prefix(String symbol) {
        return find(symbol, false);
    }

    private static Optional<FormulaOperator> find(String symbol, boolean infix) {
        for (FormulaOperator op : values()) {
            if (op.infix == infix && op.symbol.equals(symbol)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
