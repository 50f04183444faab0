package nl.impact.calc.compiled;

import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.util.List;
import nl.impact.calc.formula.FormulaFunction;
import nl.impact.calc.formula.FormulaOperator;

/**
 * Compiles one formula for one plan year from its parsed form (the EvalEx syntax tree the exact
 * engine evaluates) into operations on columns of draws. CUMULATIVE and PREVIOUS read the name's
 * values in earlier years, as in the exact engine. Operators and functions are the validator's and
 * the Excel writer's enums ({@link FormulaOperator}, {@link FormulaFunction}), each in an
 * exhaustive switch: whatever {@code validate} accepts, the compiled plan computes.
 */
final class FormulaCompiler {

    /** The value of a name in a plan year (index from the first plan year). */
    interface Names {
        Operand value(String name, int yearIndex);
    }

    private final Program program;
    /** The calendar year of year index 0, for YEAR(). */
    private final int firstYear;

    FormulaCompiler(Program program, int firstYear) {
        this.program = program;
        this.firstYear = firstYear;
    }

    Operand compile(ASTNode node, Names names, int yearIndex) {
        Token token = node.getToken();
        List<ASTNode> args = node.getParameters();
        return switch (token.getType()) {
            case NUMBER_LITERAL -> Operand.of(new BigDecimal(token.getValue()).doubleValue());
            case VARIABLE_OR_CONSTANT -> names.value(token.getValue(), yearIndex);
            case PREFIX_OPERATOR -> operator(FormulaOperator.prefix(token.getValue())
                    .orElseThrow(() -> unsupported("the operator '" + token.getValue() + "'")), args, names, yearIndex);
            case INFIX_OPERATOR -> operator(FormulaOperator.infix(token.getValue())
                    .orElseThrow(() -> unsupported("the operator '" + token.getValue() + "'")), args, names, yearIndex);
            case FUNCTION -> function(FormulaFunction.find(token.getValue())
                    .orElseThrow(() -> unsupported("the function " + token.getValue())), args, names, yearIndex);
            default -> throw unsupported("'" + token.getValue() + "'");
        };
    }

    /**
     * Every operator the validator allows ({@link FormulaOperator}), in an exhaustive switch: one added
     * to the enum without its operation here does not compile.
     */
    private Operand operator(FormulaOperator operator, List<ASTNode> args, Names names, int yearIndex) {
        Operand a = compile(args.get(0), names, yearIndex);
        return switch (operator) {
            case PLUS -> binary(Op.ADD, a, args, names, yearIndex);
            case MINUS -> binary(Op.SUB, a, args, names, yearIndex);
            case TIMES -> binary(Op.MUL, a, args, names, yearIndex);
            case DIVIDE -> binary(Op.DIV, a, args, names, yearIndex);
            case POWER -> binary(Op.POW, a, args, names, yearIndex);
            case LESS -> binary(Op.LT, a, args, names, yearIndex);
            case LESS_OR_EQUAL -> binary(Op.LE, a, args, names, yearIndex);
            case GREATER -> binary(Op.GT, a, args, names, yearIndex);
            case GREATER_OR_EQUAL -> binary(Op.GE, a, args, names, yearIndex);
            case EQUAL, EQUAL_EQUAL -> binary(Op.EQ, a, args, names, yearIndex);
            case NOT_EQUAL, NOT_EQUAL_ANGLE -> binary(Op.NE, a, args, names, yearIndex);
            case AND -> binary(Op.AND, a, args, names, yearIndex);
            case OR -> binary(Op.OR, a, args, names, yearIndex);
            case NEGATE -> program.apply(Op.NEG, a);
            case UNARY_PLUS -> a;
            case LOGICAL_NOT -> program.apply(Op.NOT, a);
        };
    }

    private Operand binary(Op op, Operand left, List<ASTNode> args, Names names, int yearIndex) {
        return program.apply(op, left, compile(args.get(1), names, yearIndex));
    }

    /**
     * Every function the validator allows ({@link FormulaFunction}), in an exhaustive switch: one added
     * to the enum without its operation here does not compile.
     */
    private Operand function(FormulaFunction function, List<ASTNode> args, Names names, int yearIndex) {
        String name = function.name();
        if (!function.acceptsArguments(args.size())) {
            throw unsupported(name + " with " + args.size() + " arguments");
        }
        return switch (function) {
            case CUMULATIVE -> {
                String series = nameArgument(name, args);
                Operand sum = Operand.of(0);
                for (int y = 0; y <= yearIndex; y++) {
                    sum = program.apply(Op.ADD, sum, names.value(series, y));
                }
                yield sum;
            }
            case PREVIOUS -> yearIndex == 0 ? Operand.of(0) : names.value(nameArgument(name, args), yearIndex - 1);
            case YEAR -> Operand.of(firstYear + yearIndex);
            case YEARINDEX -> Operand.of(yearIndex + 1);
            case ABS -> program.apply(Op.ABS, compile(args.get(0), names, yearIndex));
            case SQRT -> program.apply(Op.SQRT, compile(args.get(0), names, yearIndex));
            case FLOOR -> program.apply(Op.FLOOR, compile(args.get(0), names, yearIndex));
            case CEILING -> program.apply(Op.CEILING, compile(args.get(0), names, yearIndex));
            case NOT -> program.apply(Op.NOT, compile(args.get(0), names, yearIndex));
            case MIN -> fold(Op.MIN, args, names, yearIndex);
            case MAX -> fold(Op.MAX, args, names, yearIndex);
            case SUM -> fold(Op.ADD, args, names, yearIndex);
            case AVERAGE -> program.apply(Op.DIV, fold(Op.ADD, args, names, yearIndex), Operand.of(args.size()));
            case IF -> program.apply(Op.IF, compile(args.get(0), names, yearIndex), compile(args.get(1), names, yearIndex),
                    compile(args.get(2), names, yearIndex));
            case ROUND -> program.apply(Op.ROUND, compile(args.get(0), names, yearIndex),
                    compile(args.get(1), names, yearIndex));
        };
    }

    private Operand fold(Op op, List<ASTNode> args, Names names, int yearIndex) {
        if (args.isEmpty()) {
            throw unsupported("a function without arguments");
        }
        Operand result = compile(args.get(0), names, yearIndex);
        for (int i = 1; i < args.size(); i++) {
            result = program.apply(op, result, compile(args.get(i), names, yearIndex));
        }
        return result;
    }

    private static String nameArgument(String function, List<ASTNode> args) {
        if (args.size() != 1 || args.get(0).getToken().getType() != Token.TokenType.VARIABLE_OR_CONSTANT) {
            throw unsupported(function + " of anything but one name");
        }
        return args.get(0).getToken().getValue();
    }

    private static UnsupportedFormulaException unsupported(String what) {
        return new UnsupportedFormulaException(what + " cannot be computed in the compiled plan");
    }
}
