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

    /**
     * ROUND takes a tie away from zero, as Excel's ROUND in the workbooks does (recomputed here by POI),
     * not to even: the workbooks recompute to the engine's figures (found by the generated scenarios of
     * nl.impact.engine.PlanAgreementPropertyTest).
     */
    @Test
    void roundTakesATieAwayFromZeroAsTheWorkbooksDo() throws Exception {
        String[][] cases = {{"2.5", "0"}, {"-2.5", "0"}, {"0.125", "2"}, {"-0.125", "2"}, {"25", "-1"}, {"3.5", "0"}};
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Row row = workbook.createSheet("s").createRow(0);
            org.apache.poi.ss.usermodel.FormulaEvaluator excel = workbook.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < cases.length; i++) {
                String formula = "ROUND(" + cases[i][0] + ", " + cases[i][1] + ")";
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
                cell.setCellFormula(formula.replace(" ", ""));
                BigDecimal engine = FormulaExpression.parse(formula).evaluate(in(2025));
                assertThat(engine.doubleValue()).as(formula).isEqualTo(excel.evaluate(cell).getNumberValue());
            }
        }
        assertThat(FormulaExpression.parse("ROUND(2.5, 0)").evaluate(in(2025))).isEqualByComparingTo("3");
        assertThat(FormulaExpression.parse("ROUND(-0.125, 2)").evaluate(in(2025))).isEqualByComparingTo("-0.13");
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
