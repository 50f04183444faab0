package nl.impact.report.excel;

import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import nl.impact.calc.formula.FormulaFunction;
import nl.impact.calc.formula.FormulaOperator;

/**
 * Translates a parsed engine formula (EvalEx syntax tree) into an Excel formula, so that the
 * workbook computes from the same definition as the engine. Every operation is parenthesised:
 * Excel's precedence differs from EvalEx's (in Excel {@code -2^2} is 4), and a reader auditing a
 * cell should not need to know either.
 */
public final class ExcelFormula {

    /** Where the names of a formula live, for the one year and variant a cell computes. */
    public interface References {

        /** The cell holding {@code name} in this cell's year, e.g. {@code E12} or {@code 'Algemeen'!E5}. */
        String cell(String name);

        /** The range from the first plan year to this cell's year, e.g. {@code $E12:G12}. */
        String upToThisYear(String name);

        /** The cell holding {@code name} in the year before, or empty in the first plan year. */
        java.util.Optional<String> previousYear(String name);

        /** This cell's year as a number: the year column's header, e.g. {@code VALUE(E$5)}. */
        default String year() {
            throw new UnsupportedFormulaException("the year has no cell here");
        }

        /** The first plan year, for YEARINDEX(). */
        default int firstYear() {
            throw new UnsupportedFormulaException("the plan's first year is not known here");
        }
    }

    /** A formula the workbook cannot express; the message names the construct. */
    public static final class UnsupportedFormulaException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnsupportedFormulaException(String message) {
            super(message);
        }
    }

    private ExcelFormula() {
    }

    /** The Excel formula, without the leading {@code =}. */
    public static String translate(ASTNode node, References refs) {
        Token token = node.getToken();
        List<ASTNode> args = node.getParameters();
        return switch (token.getType()) {
            case NUMBER_LITERAL -> number(token.getValue());
            case VARIABLE_OR_CONSTANT -> refs.cell(token.getValue());
            case PREFIX_OPERATOR -> prefix(token.getValue(), translate(args.get(0), refs));
            case INFIX_OPERATOR -> infix(token.getValue(), translate(args.get(0), refs), translate(args.get(1), refs));
            case FUNCTION -> function(token.getValue(), args, refs);
            default -> throw new UnsupportedFormulaException("'" + token.getValue() + "' has no Excel equivalent here");
        };
    }

    private static String number(String literal) {
        try {
            return new BigDecimal(literal).toPlainString();
        } catch (NumberFormatException e) {
            throw new UnsupportedFormulaException("the number '" + literal + "' has no Excel notation");
        }
    }

    private static String prefix(String operator, String operand) {
        FormulaOperator op = FormulaOperator.prefix(operator).orElseThrow(() -> new UnsupportedFormulaException(
                "the operator '" + operator + "' has no Excel equivalent"));
        return switch (op) {
            case NEGATE -> "(-" + operand + ")";
            case UNARY_PLUS -> operand;
            case LOGICAL_NOT -> "NOT(" + operand + ")";
            case PLUS, MINUS, TIMES, DIVIDE, POWER, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, EQUAL, EQUAL_EQUAL,
                    NOT_EQUAL, NOT_EQUAL_ANGLE, AND, OR ->
                    throw new UnsupportedFormulaException("the operator '" + operator + "' is not a prefix");
        };
    }

    /** Every allowed infix operator (calc's allow-list); a new one must be given its translation here. */
    private static String infix(String operator, String left, String right) {
        FormulaOperator op = FormulaOperator.infix(operator).orElseThrow(() -> new UnsupportedFormulaException(
                "the operator '" + operator + "' has no exact Excel equivalent"));
        return switch (op) {
            case PLUS, MINUS, TIMES, DIVIDE, POWER, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL ->
                    "(" + left + operator + right + ")";
            case EQUAL, EQUAL_EQUAL -> "(" + left + "=" + right + ")";
            case NOT_EQUAL, NOT_EQUAL_ANGLE -> "(" + left + "<>" + right + ")";
            case AND -> "AND(" + left + "," + right + ")";
            case OR -> "OR(" + left + "," + right + ")";
            case NEGATE, UNARY_PLUS, LOGICAL_NOT ->
                    throw new UnsupportedFormulaException("the operator '" + operator + "' is not infix");
        };
    }

    /** Every allowed function (calc's allow-list), in an exhaustive switch: a new one must be translated here. */
    private static String function(String name, List<ASTNode> args, References refs) {
        FormulaFunction function = FormulaFunction.find(name).orElseThrow(() -> new UnsupportedFormulaException(
                "the function " + name + " has no Excel equivalent here"));
        String upper = function.name();
        return switch (function) {
            case CUMULATIVE -> "SUM(" + refs.upToThisYear(nameArgument(upper, args)) + ")";
            case PREVIOUS -> refs.previousYear(nameArgument(upper, args)).orElse("0");
            case YEAR -> refs.year();
            case YEARINDEX -> "(" + refs.year() + "-" + refs.firstYear() + "+1)";
            // EvalEx's FLOOR(x) is the integer below x; Excel's INT is exactly that (FLOOR needs a significance).
            case FLOOR -> "INT(" + single(upper, args, refs) + ")";
            case CEILING -> "(-INT(-" + single(upper, args, refs) + "))";
            case ABS, SQRT, NOT -> upper + "(" + single(upper, args, refs) + ")";
            // ROUND: the engine rounds a tie to even, Excel away from zero; they differ only on an exact tie.
            case MIN, MAX, SUM, AVERAGE, IF, ROUND ->
                    upper + "(" + args.stream().map(a -> translate(a, refs)).collect(Collectors.joining(",")) + ")";
        };
    }

    private static String single(String function, List<ASTNode> args, References refs) {
        if (args.size() != 1) {
            throw new UnsupportedFormulaException(function + " takes one argument");
        }
        return translate(args.get(0), refs);
    }

    private static String nameArgument(String function, List<ASTNode> args) {
        if (args.size() != 1 || args.get(0).getToken().getType() != Token.TokenType.VARIABLE_OR_CONSTANT) {
            throw new UnsupportedFormulaException(function + " takes one name");
        }
        return args.get(0).getToken().getValue();
    }
}
