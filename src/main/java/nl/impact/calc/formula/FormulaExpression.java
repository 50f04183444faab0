package nl.impact.calc.formula;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A formula over named numbers, parsed and evaluated by EvalEx with exact decimals. Besides the
 * usual operators and functions (MIN, MAX, ROUND, IF, ...) it knows CUMULATIVE(name) and
 * PREVIOUS(name), which look across the plan's years, and YEAR() and YEARINDEX(),
 * the year computed. Only what {@link FormulaRules} allows is
 * accepted, and every operation is bounded ({@link BoundedOperations}).
 */
public final class FormulaExpression {

    /** 34 significant digits: far beyond a cent on any budget, and the same everywhere. */
    public static final MathContext MATH = new MathContext(34, RoundingMode.HALF_EVEN);

    /**
     * The year and values a formula is being evaluated in, on this thread: what CUMULATIVE,
     * PREVIOUS, YEAR and YEARINDEX read. Set around each evaluation and restored after it, so an
     * evaluation inside another (a series function asking for a formula's values) leaves the outer
     * one's context in place.
     */
    private static final ThreadLocal<YearContext> CURRENT = new ThreadLocal<>();

    /**
     * EvalEx's settings and the operators and functions a formula may use, built once: they are
     * the same for every formula, and building them (EvalEx's dictionaries of operators and
     * functions) cost more than parsing a formula. EvalEx only reads them once built.
     */
    private static final ExpressionConfiguration CONFIGURATION = BoundedOperations.bound(ExpressionConfiguration.builder()
            .mathContext(MATH)
            .implicitMultiplicationAllowed(false)
            .arraysAllowed(false)
            .structuresAllowed(false)
            .singleQuoteStringLiteralsAllowed(false)
            .defaultConstants(Map.of())
            .build()
            .withAdditionalFunctions(
                    Map.entry("CUMULATIVE", new SeriesFunction(SeriesFunction.Kind.CUMULATIVE, CURRENT::get)),
                    Map.entry("PREVIOUS", new SeriesFunction(SeriesFunction.Kind.PREVIOUS, CURRENT::get)),
                    Map.entry("YEAR", new YearFunction(YearFunction.Kind.YEAR, CURRENT::get)),
                    Map.entry("YEARINDEX", new YearFunction(YearFunction.Kind.YEARINDEX, CURRENT::get))));

    private final String text;
    private final Expression expression;
    private final Set<String> names;

    private FormulaExpression(String text) throws FormulaException {
        this.text = text;
        FormulaRules.checkText(text);
        this.expression = new Expression(text, CONFIGURATION);
        try {
            expression.validate();
            FormulaRules.checkTree(expression.getAbstractSyntaxTree(), text);
            this.names = collectNames(expression.getAbstractSyntaxTree(), new LinkedHashSet<>());
        } catch (BaseException e) {
            throw new FormulaException("formula '" + text + "' cannot be read: " + describe(e));
        }
    }

    public static FormulaExpression parse(String text) throws FormulaException {
        if (text == null || text.isBlank()) {
            throw new FormulaException("formula is empty");
        }
        return new FormulaExpression(text);
    }

    public String text() {
        return text;
    }

    /** The names the formula refers to, as written, in order of appearance. */
    public Set<String> names() {
        return names;
    }

    /** The parsed tree, for translating the formula to another notation (an Excel formula). */
    public ASTNode syntaxTree() {
        try {
            return expression.getAbstractSyntaxTree();
        } catch (BaseException e) {
            throw new IllegalStateException("validated formula failed to parse", e);
        }
    }

    /** The value in {@code ctx.year()}; every name is looked up in the context. */
    public BigDecimal evaluate(YearContext ctx) throws FormulaException {
        YearContext outer = CURRENT.get();
        CURRENT.set(ctx);
        try {
            Expression bound = expression.copy();
            for (String name : names) {
                bound.with(name, ctx.value(name, ctx.year()));
            }
            EvaluationValue value = bound.evaluate();
            if (!value.isNumberValue()) {
                throw new FormulaException("formula '" + text + "' does not give a number");
            }
            return value.getNumberValue();
        } catch (BaseException e) {
            throw new FormulaException("formula '" + text + "' cannot be evaluated in " + ctx.year() + ": " + describe(e));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new FormulaException("formula '" + text + "' cannot be evaluated in " + ctx.year() + ": " + e.getMessage());
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    private static Set<String> collectNames(ASTNode node, Set<String> into) {
        if (node.getToken().getType() == Token.TokenType.VARIABLE_OR_CONSTANT) {
            into.add(node.getToken().getValue());
        }
        for (ASTNode child : node.getParameters()) {
            collectNames(child, into);
        }
        return into;
    }

    private static String describe(BaseException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
