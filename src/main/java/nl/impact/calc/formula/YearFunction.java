package nl.impact.calc.formula;

import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.AbstractFunction;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The functions that see the year being computed: {@code YEAR()} is the calendar year,
 * {@code YEARINDEX()} its number in the plan (1 in {@code years.first}), so a formula can phase a
 * roll-out or a pilot without a value per year.
 */
public final class YearFunction extends AbstractFunction {

    public enum Kind { YEAR, YEARINDEX }

    private final Kind kind;
    private final Supplier<YearContext> context;

    YearFunction(Kind kind, Supplier<YearContext> context) {
        this.kind = kind;
        this.context = context;
    }

    @Override
    public EvaluationValue evaluate(Expression expression, Token functionToken, EvaluationValue... parameters) {
        YearContext ctx = context.get();
        int value = kind == Kind.YEAR ? ctx.year() : ctx.year() - ctx.firstYear() + 1;
        return EvaluationValue.numberValue(BigDecimal.valueOf(value));
    }
}
