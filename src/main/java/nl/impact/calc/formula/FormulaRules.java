package nl.impact.calc.formula;

import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.util.List;
import nl.impact.model.Limits;
import nl.impact.model.Printable;

/**
 * What a formula may be: at most {@link Limits#MAX_FORMULA_LENGTH} characters and
 * {@link Limits#MAX_FORMULA_DEPTH} levels deep (checked on the text before EvalEx parses it, so no
 * input can overflow a parser's stack), made only of numbers, names, the {@link FormulaOperator}s
 * and the {@link FormulaFunction}s: what the workbook can write as an Excel formula.
 */
final class FormulaRules {

    private FormulaRules() {
    }

    /** Checks the text before it is parsed. */
    static void checkText(String text) throws FormulaException {
        if (text.length() > Limits.MAX_FORMULA_LENGTH) {
            throw new FormulaException("formula of " + text.length() + " characters; the limit is "
                    + Limits.MAX_FORMULA_LENGTH);
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' && ++depth > Limits.MAX_FORMULA_DEPTH) {
                throw new FormulaException("formula nested more than " + Limits.MAX_FORMULA_DEPTH
                        + " levels deep (the limit on nesting)");
            } else if (c == ')') {
                depth--;
            } else if (Printable.isControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new FormulaException("formula with the control character " + Printable.sanitise(String.valueOf(c))
                        + " at position " + (i + 1));
            }
        }
    }

    /** Checks the parsed tree: depth, and only what the workbook can write. */
    static void checkTree(ASTNode node, String text) throws FormulaException {
        check(node, text, 1);
    }

    private static void check(ASTNode node, String text, int depth) throws FormulaException {
        if (depth > Limits.MAX_FORMULA_DEPTH) {
            throw new FormulaException("formula '" + text + "' nests operations more than " + Limits.MAX_FORMULA_DEPTH
                    + " levels deep (the limit on nesting)");
        }
        Token token = node.getToken();
        List<ASTNode> args = node.getParameters();
        switch (token.getType()) {
            case NUMBER_LITERAL -> literal(token.getValue(), text);
            case VARIABLE_OR_CONSTANT -> {
            }
            case INFIX_OPERATOR -> {
                if (FormulaOperator.infix(token.getValue()).isEmpty()) {
                    throw refused("the operator '" + token.getValue() + "'", text);
                }
            }
            case PREFIX_OPERATOR -> {
                if (FormulaOperator.prefix(token.getValue()).isEmpty()) {
                    throw refused("the operator '" + token.getValue() + "'", text);
                }
            }
            case FUNCTION -> function(token.getValue(), args, text);
            case STRING_LITERAL -> throw refused("the text \"" + Printable.quote(token.getValue()) + "\"", text);
            default -> throw refused("'" + Printable.quote(token.getValue()) + "'", text);
        }
        for (ASTNode arg : args) {
            check(arg, text, depth + 1);
        }
    }

    private static void function(String name, List<ASTNode> args, String text) throws FormulaException {
        FormulaFunction function = FormulaFunction.find(name)
                .orElseThrow(() -> refused("the function " + name, text));
        if (!function.acceptsArguments(args.size())) {
            throw new FormulaException("formula '" + text + "': " + function + " takes " + function.arguments()
                    + ", got " + args.size());
        }
        if (function.takesName() && args.get(0).getToken().getType() != Token.TokenType.VARIABLE_OR_CONSTANT) {
            throw new FormulaException("formula '" + text + "': " + function + " takes a name, not an expression");
        }
    }

    private static void literal(String literal, String text) throws FormulaException {
        BigDecimal value;
        try {
            value = new BigDecimal(literal);
        } catch (NumberFormatException e) {
            // EvalEx reads hexadecimal literals (0x1F); Excel has no such notation.
            throw refused("the number " + Printable.quote(literal), text);
        }
        String wrong = Limits.checkInput(value);
        if (wrong != null) {
            throw new FormulaException("formula '" + text + "': " + wrong);
        }
    }

    private static FormulaException refused(String what, String text) {
        return new FormulaException("formula '" + text + "': " + what + " cannot be written as an Excel formula; "
                + "use numbers, names, + - * / ^, comparisons, && || ! and the functions " + allowedFunctions());
    }

    static String allowedFunctions() {
        StringBuilder sb = new StringBuilder();
        for (FormulaFunction f : FormulaFunction.values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(f.name());
        }
        return sb.toString();
    }
}
