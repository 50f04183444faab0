package nl.impact.calc.formula;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.FunctionDictionaryIfc;
import com.ezylang.evalex.config.OperatorDictionaryIfc;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.FunctionParameterDefinition;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.impact.model.Limits;

/**
 * EvalEx's operators and functions, each checked so that no formula can hang or exhaust memory:
 * the exponent of {@code ^} and the decimals of ROUND are bounded before computing, and every
 * intermediate result must lie within {@link Limits#MAX_MAGNITUDE}. A result with more decimals
 * than {@link #MAX_RESULT_SCALE} is rounded there (34 significant digits are kept anyway).
 */
final class BoundedOperations {

    /** Decimals kept in a result: a tiny number such as 0.5^1000^1000 never grows to a million digits. */
    static final int MAX_RESULT_SCALE = 60;

    private BoundedOperations() {
    }

    /** Wraps every allowed operator and function of {@code config} in place. */
    static ExpressionConfiguration bound(ExpressionConfiguration config) {
        OperatorDictionaryIfc operators = config.getOperatorDictionary();
        FunctionDictionaryIfc functions = config.getFunctionDictionary();
        for (FormulaOperator op : FormulaOperator.values()) {
            OperatorIfc original = op.isInfix()
                    ? operators.getInfixOperator(op.symbol()) : operators.getPrefixOperator(op.symbol());
            operators.addOperator(op.symbol(), new Operator(op, original));
        }
        for (FormulaFunction f : FormulaFunction.values()) {
            functions.addFunction(f.name(), new Function(f, functions.getFunction(f.name())));
        }
        return config;
    }

    static EvaluationValue checked(EvaluationValue value, Token token) throws EvaluationException {
        if (!value.isNumberValue()) {
            return value;
        }
        BigDecimal number = value.getNumberValue();
        if (!Limits.withinMagnitude(number)) {
            throw new EvaluationException(token, "a result beyond -1e15 to 1e15 (the limit on magnitudes)");
        }
        if (number.scale() > MAX_RESULT_SCALE) {
            return EvaluationValue.numberValue(number.setScale(MAX_RESULT_SCALE, RoundingMode.HALF_EVEN));
        }
        return value;
    }

    private record Operator(FormulaOperator op, OperatorIfc original) implements OperatorIfc {

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands)
                throws EvaluationException {
            if (op == FormulaOperator.POWER && operands[0].isNumberValue() && operands[1].isNumberValue()) {
                BigDecimal base = operands[0].getNumberValue();
                BigDecimal exponent = operands[1].getNumberValue();
                if (exponent.abs().compareTo(BigDecimal.valueOf(Limits.MAX_EXPONENT)) > 0) {
                    throw new EvaluationException(token, "an exponent beyond -" + Limits.MAX_EXPONENT + " to "
                            + Limits.MAX_EXPONENT + " (the limit on exponents)");
                }
                if (base.signum() < 0 && exponent.stripTrailingZeros().scale() > 0) {
                    throw new EvaluationException(token, "a negative number to a fractional power");
                }
                if (base.signum() == 0 && exponent.signum() < 0) {
                    throw new EvaluationException(token, "zero to a negative power");
                }
            }
            return checked(original.evaluate(expression, token, operands), token);
        }

        @Override
        public int getPrecedence() {
            return original.getPrecedence();
        }

        @Override
        public boolean isLeftAssociative() {
            return original.isLeftAssociative();
        }

        @Override
        public boolean isPrefix() {
            return original.isPrefix();
        }

        @Override
        public boolean isPostfix() {
            return original.isPostfix();
        }

        @Override
        public boolean isInfix() {
            return original.isInfix();
        }

        @Override
        public int getPrecedence(ExpressionConfiguration configuration) {
            return original.getPrecedence(configuration);
        }

        @Override
        public boolean isOperandLazy() {
            return original.isOperandLazy();
        }
    }

    private record Function(FormulaFunction function, FunctionIfc original) implements FunctionIfc {

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... parameters)
                throws EvaluationException {
            if (function == FormulaFunction.ROUND && parameters[1].isNumberValue()
                    && parameters[1].getNumberValue().abs().compareTo(BigDecimal.valueOf(Limits.MAX_EXPONENT)) > 0) {
                throw new EvaluationException(token, "ROUND to more than " + Limits.MAX_EXPONENT
                        + " decimals (the limit on decimals)");
            }
            if (function == FormulaFunction.ROUND && parameters[0].isNumberValue() && parameters[1].isNumberValue()) {
                // Excel's ROUND, which the workbooks write: a tie away from zero (EvalEx's rounds it to even).
                return checked(EvaluationValue.numberValue(parameters[0].getNumberValue()
                        .setScale(parameters[1].getNumberValue().intValue(), RoundingMode.HALF_UP)), token);
            }
            return checked(original.evaluate(expression, token, parameters), token);
        }

        @Override
        public List<FunctionParameterDefinition> getFunctionParameterDefinitions() {
            return original.getFunctionParameterDefinitions();
        }

        @Override
        public void validatePreEvaluation(Token token, EvaluationValue... parameters) throws EvaluationException {
            original.validatePreEvaluation(token, parameters);
        }

        @Override
        public boolean hasVarArgs() {
            return original.hasVarArgs();
        }

        @Override
        public boolean isParameterLazy(int index) {
            return original.isParameterLazy(index);
        }

        @Override
        public int getCountOfNonVarArgParameters() {
            return original.getCountOfNonVarArgParameters();
        }
    }
}
