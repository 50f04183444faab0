package nl.impact.calc.formula;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.AbstractFunction;
import com.ezylang.evalex.functions.FunctionParameter;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The functions that look across years: {@code CUMULATIVE(name)} sums a name from the first plan
 * year up to the current year; {@code PREVIOUS(name)} is its value in the year before (0 in the
 * first year). Their argument is lazy so that the function sees the name, not just its value.
 */
@FunctionParameter(name = "name", isLazy = true)
public final class SeriesFunction extends AbstractFunction {

    public enum Kind { CUMULATIVE, PREVIOUS }

    private final Kind kind;
    private final Supplier<YearContext> context;

    SeriesFunction(Kind kind, Supplier<YearContext> context) {
        this.kind = kind;
        this.context = context;
    }

    @Override
    public EvaluationValue evaluate(Expression expression, Token functionToken, EvaluationValue... parameters)
            throws EvaluationException {
        ASTNode argument = parameters[0].getExpressionNode();
        if (argument.getToken().getType() != Token.TokenType.VARIABLE_OR_CONSTANT || !argument.getParameters().isEmpty()) {
            throw new EvaluationException(functionToken, kind + " takes a name, not an expression");
        }
        String name = argument.getToken().getValue();
        YearContext ctx = context.get();
        BigDecimal result = BigDecimal.ZERO;
        if (kind == Kind.PREVIOUS) {
            if (ctx.year() > ctx.firstYear()) {
                result = ctx.value(name, ctx.year() - 1);
            }
        } else {
            for (int y = ctx.firstYear(); y <= ctx.year(); y++) {
                result = result.add(ctx.value(name, y));
            }
        }
        return EvaluationValue.numberValue(result);
    }
}
