package nl.impact.calc.compiled;

import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Compiles one formula for one plan year from its parsed form (the EvalEx syntax tree the exact
 * engine evaluates) into operations on columns of draws. CUMULATIVE and PREVIOUS read the name's
 * values in earlier years, as in the exact engine.
 */
final class FormulaCompiler {

    /** The value of a name in a plan year (index from the first plan year). */
    interface Names {
        Operand value(String name, int yearIndex);
    }

    private final Program program;

    FormulaCompiler(Program program, int firstYear) {
        this(program);
        this.firstYear = firstYear;
    }

    /** The calendar year of year index 0, for YEAR(). */
    private int firstYear;

    FormulaCompiler(Program program) {
        this.program = program;
    }

    Operand compile(ASTNode node, Names names, int yearIndex) {
        Token token = node.getToken();
        List<ASTNode> args = node.getParameters();
        return switch (token.getType()) {
            case NUMBER_LITERAL -> Operand.of(new BigDecimal(token.getValue()).doubleValue());
            case VARIABLE_OR_CONSTANT -> names.value(token.getValue(), yearIndex);
            case PREFIX_OPERATOR -> prefix(token.getValue(), compile(args.get(0), names, yearIndex));
            case INFIX_OPERATOR -> program.apply(infix(token.getValue()), compile(args.get(0), names, yearIndex),
                    compile(args.get(1), names, yearIndex));
            case FUNCTION -> function(token.getValue(), args, names, yearIndex);
            default -> throw unsupported("'" + token.getValue() + "'");
        };
    }

    private Operand prefix(String operator, Operand operand) {
        return switch (operator) {
            case "-" -> program.apply(Op.NEG, operand);
            case "+" -> operand;
            case "!" -> program.apply(Op.NOT, operand);
            default -> throw unsupported("the operator '" + operator + "'");
        };
    }

    private static Op infix(String operator) {
        return switch (operator) {
            case "+" -> Op.ADD;
            case "-" -> Op.SUB;
            case "*" -> Op.MUL;
            case "/" -> Op.DIV;
            case "^" -> Op.POW;
            case "<" -> Op.LT;
            case "<=" -> Op.LE;
            case ">" -> Op.GT;
            case ">=" -> Op.GE;
            case "=", "==" -> Op.EQ;
            case "!=", "<>" -> Op.NE;
            case "&&" -> Op.AND;
            case "||" -> Op.OR;
            default -> throw unsupported("the operator '" + operator + "'");
        };
    }

    private Operand function(String name, List<ASTNode> args, Names names, int yearIndex) {
        String upper = name.toUpperCase(Locale.ROOT);
        switch (upper) {
            case "CUMULATIVE": {
                String series = nameArgument(upper, args);
                Operand sum = Operand.of(0);
                for (int y = 0; y <= yearIndex; y++) {
                    sum = program.apply(Op.ADD, sum, names.value(series, y));
                }
                return sum;
            }
            case "PREVIOUS":
                return yearIndex == 0 ? Operand.of(0) : names.value(nameArgument(upper, args), yearIndex - 1);
            case "YEAR":
                return Operand.of(firstYear + yearIndex);
            case "YEARINDEX":
                return Operand.of(yearIndex + 1);
            case "ABS":
                return program.apply(Op.ABS, single(upper, args, names, yearIndex));
            case "SQRT":
                return program.apply(Op.SQRT, single(upper, args, names, yearIndex));
            case "FLOOR":
                return program.apply(Op.FLOOR, single(upper, args, names, yearIndex));
            case "CEILING":
                return program.apply(Op.CEILING, single(upper, args, names, yearIndex));
            case "NOT":
                return program.apply(Op.NOT, single(upper, args, names, yearIndex));
            case "MIN":
                return fold(Op.MIN, args, names, yearIndex);
            case "MAX":
                return fold(Op.MAX, args, names, yearIndex);
            case "SUM":
                return fold(Op.ADD, args, names, yearIndex);
            case "AVERAGE":
                return program.apply(Op.DIV, fold(Op.ADD, args, names, yearIndex), Operand.of(args.size()));
            case "IF":
                requireArguments(upper, args, 3);
                return program.apply(Op.IF, compile(args.get(0), names, yearIndex), compile(args.get(1), names, yearIndex),
                        compile(args.get(2), names, yearIndex));
            case "ROUND":
                requireArguments(upper, args, 2);
                return program.apply(Op.ROUND, compile(args.get(0), names, yearIndex), compile(args.get(1), names, yearIndex));
            default:
                throw unsupported("the function " + name);
        }
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

    private Operand single(String function, List<ASTNode> args, Names names, int yearIndex) {
        requireArguments(function, args, 1);
        return compile(args.get(0), names, yearIndex);
    }

    private static void requireArguments(String function, List<ASTNode> args, int count) {
        if (args.size() != count) {
            throw unsupported(function + " with " + args.size() + " arguments");
        }
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
