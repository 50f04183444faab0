package nl.impact.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import nl.impact.calc.formula.FormulaException;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.calc.formula.YearContext;
import org.junit.jupiter.api.Test;

class FormulaExpressionTest {

    /** Values of x by year 2025-2027: 10, 20, 30. */
    private static YearContext in(int year) {
        Map<Integer, BigDecimal> x = Map.of(2025, BigDecimal.TEN, 2026, new BigDecimal(20), 2027, new BigDecimal(30));
        return new YearContext() {
            public int year() {
                return year;
            }

            public int firstYear() {
                return 2025;
            }

            public BigDecimal value(String name, int y) {
                return name.equals("x") ? x.get(y) : new BigDecimal("0.1");
            }
        };
    }

    @Test
    void decimalsAreExact() throws Exception {
        assertThat(FormulaExpression.parse("y + y + y").evaluate(in(2025))).isEqualByComparingTo("0.3");
        assertThat(FormulaExpression.parse("6 * 123.2").evaluate(in(2025))).isEqualByComparingTo("739.2");
    }

    @Test
    void namesAreListedInOrder() throws Exception {
        assertThat(FormulaExpression.parse("x * y + CUMULATIVE(x) + MAX(y, 1)").names()).containsExactly("x", "y");
    }

    @Test
    void cumulativeSumsFromTheFirstYear() throws Exception {
        FormulaExpression f = FormulaExpression.parse("CUMULATIVE(x)");
        assertThat(f.evaluate(in(2025))).isEqualByComparingTo("10");
        assertThat(f.evaluate(in(2027))).isEqualByComparingTo("60");
    }

    @Test
    void yearAndYearIndexAreTheYearComputed() throws Exception {
        assertThat(FormulaExpression.parse("YEAR()").evaluate(in(2026))).isEqualByComparingTo("2026");
        assertThat(FormulaExpression.parse("YEARINDEX()").evaluate(in(2025))).isEqualByComparingTo("1");
        assertThat(FormulaExpression.parse("x * YEARINDEX()").evaluate(in(2027))).isEqualByComparingTo("90");
        assertThat(FormulaExpression.parse("IF(YEAR() >= 2026, x, 0)").names()).containsExactly("x");
    }

    @Test
    void previousIsZeroInTheFirstYear() throws Exception {
        FormulaExpression f = FormulaExpression.parse("x - PREVIOUS(x)");
        assertThat(f.evaluate(in(2025))).isEqualByComparingTo("10");
        assertThat(f.evaluate(in(2026))).isEqualByComparingTo("10");
    }

    @Test
    void seriesFunctionsTakeANameNotAnExpression() {
        assertThatThrownBy(() -> FormulaExpression.parse("CUMULATIVE(x * 2)")).isInstanceOf(FormulaException.class)
                .hasMessage("formula 'CUMULATIVE(x * 2)': CUMULATIVE takes a name, not an expression");
    }

    @Test
    void syntaxErrorsSayWhichFormula() {
        assertThatThrownBy(() -> FormulaExpression.parse("x * (y + 1")).isInstanceOf(FormulaException.class)
                .hasMessageContaining("formula 'x * (y + 1' cannot be read");
        assertThatThrownBy(() -> FormulaExpression.parse(" ")).hasMessage("formula is empty");
    }

    @Test
    void divisionByZeroIsReported() throws Exception {
        FormulaExpression f = FormulaExpression.parse("x / (y - 0.1)");
        assertThatThrownBy(() -> f.evaluate(in(2025))).isInstanceOf(FormulaException.class)
                .hasMessageContaining("cannot be evaluated in 2025");
    }
}
