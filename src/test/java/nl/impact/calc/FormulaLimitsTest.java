package nl.impact.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.impact.calc.formula.FormulaException;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.calc.formula.FormulaFunction;
import nl.impact.calc.formula.YearContext;
import nl.impact.model.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formulas are refused when the workbook cannot write them, and bounded so that none can hang. */
class FormulaLimitsTest {

    private static final YearContext X_IS_TWO = new YearContext() {
        public int year() {
            return 2025;
        }

        public int firstYear() {
            return 2025;
        }

        public BigDecimal value(String name, int y) {
            return BigDecimal.valueOf(2);
        }
    };

    @ParameterizedTest
    @ValueSource(strings = {"FACT(x)", "SIN(x)", "RANDOM()", "LOG(x)", "COALESCE(x, 1)", "SWITCH(x, 1, 2)",
        "DT_NOW()", "STR_UPPER(x)"})
    void functionsWithoutAnExcelEquivalentAreRefused(String text) {
        String name = text.substring(0, text.indexOf('('));
        assertThatThrownBy(() -> FormulaExpression.parse(text)).isInstanceOf(FormulaException.class)
                .hasMessage("formula '" + text + "': the function " + name + " cannot be written as an Excel formula; "
                        + "use numbers, names, + - * / ^, comparisons, && || ! and the functions CUMULATIVE, PREVIOUS, YEAR, YEARINDEX, "
                        + "FLOOR, CEILING, ABS, SQRT, NOT, MIN, MAX, SUM, AVERAGE, IF, ROUND");
    }

    @Test
    void theRemainderOperatorTextAndHexadecimalNumbersAreRefused() {
        assertThatThrownBy(() -> FormulaExpression.parse("x % 3"))
                .hasMessageStartingWith("formula 'x % 3': the operator '%' cannot be written as an Excel formula");
        assertThatThrownBy(() -> FormulaExpression.parse("IF(x > 1, \"a\", 2)"))
                .hasMessageStartingWith("formula 'IF(x > 1, \"a\", 2)': the text \"a\" cannot be written as an Excel formula");
        assertThatThrownBy(() -> FormulaExpression.parse("0x1F * x"))
                .hasMessageStartingWith("formula '0x1F * x': the number 0x1F cannot be written as an Excel formula");
    }

    @Test
    void everyAllowedFunctionIsAccepted() throws Exception {
        for (FormulaFunction f : FormulaFunction.values()) {
            String args = f.takesName() ? "x" : f == FormulaFunction.IF ? "x > 1, 1, 2"
                    : f == FormulaFunction.ROUND ? "x, 2" : "x";
            String call = f.name() + "(" + args + ")";
            String formula = f == FormulaFunction.NOT ? "IF(NOT(x > 1), 1, 2)" : call;
            assertThat(FormulaExpression.parse(formula).evaluate(X_IS_TWO)).as(formula).isNotNull();
        }
    }

    @Test
    void lengthAndNestingAreCheckedBeforeParsing() {
        String deep = "(".repeat(100_000) + "x" + ")".repeat(100_000);
        assertThatThrownBy(() -> FormulaExpression.parse(deep))
                .hasMessage("formula of 200001 characters; the limit is 1000");
        String nested = "(".repeat(41) + "x" + ")".repeat(41);
        assertThatThrownBy(() -> FormulaExpression.parse(nested))
                .hasMessage("formula nested more than 40 levels deep (the limit on nesting)");
        String chain = "x" + "+x".repeat(45);
        assertThatThrownBy(() -> FormulaExpression.parse(chain))
                .hasMessage("formula '" + chain + "' nests operations more than 40 levels deep (the limit on nesting)");
        assertThat(Limits.MAX_FORMULA_DEPTH).isEqualTo(40);
    }

    @Test
    void literalsBeyondTheMagnitudeLimitAreRefused() {
        assertThatThrownBy(() -> FormulaExpression.parse("x * 1e999999999"))
                .hasMessage("formula 'x * 1e999999999': expected a number from -1e15 to 1e15 (the limit on magnitudes), "
                        + "got 1E+999999999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10^999999999", "SQRT(10^999999)", "x^1001", "ROUND(x, 999999999)", "(0-8)^0.5",
        "1e15 * 10", "1 / 1e-20", "x ^ 1000"})
    void hugeIntermediateResultsAreRefusedWithoutComputingThem(String text) throws Exception {
        FormulaExpression formula = FormulaExpression.parse(text);
        assertThatThrownBy(() -> formula.evaluate(X_IS_TWO)).isInstanceOf(FormulaException.class)
                .hasMessageStartingWith("formula '" + text + "' cannot be evaluated in 2025: ")
                .message().matches(".*(limit on|negative number to a fractional power).*");
    }

    @Test
    void tinyResultsKeepABoundedNumberOfDecimals() throws Exception {
        BigDecimal tiny = FormulaExpression.parse("(0.5 ^ 1000) ^ 1000").evaluate(X_IS_TWO);
        assertThat(tiny.signum()).isZero();
        assertThat(tiny.scale()).isLessThanOrEqualTo(60);
        assertThat(FormulaExpression.parse("x / 3").evaluate(X_IS_TWO))
                .isEqualByComparingTo("0.6666666666666666666666666666666667");
    }
}
