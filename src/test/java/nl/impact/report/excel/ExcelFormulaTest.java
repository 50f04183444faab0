package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import nl.impact.calc.formula.FormulaExpression;
import org.junit.jupiter.api.Test;

class ExcelFormulaTest {

    /** Names map to row letters in column G: a = G1, b = G2, c = G3; the plan starts in column E. */
    private static final ExcelFormula.References REFS = new ExcelFormula.References() {
        @Override
        public String cell(String name) {
            return "G" + row(name);
        }

        @Override
        public String upToThisYear(String name) {
            return "$E" + row(name) + ":G" + row(name);
        }

        @Override
        public Optional<String> previousYear(String name) {
            return Optional.of("F" + row(name));
        }

        private int row(String name) {
            return switch (name) {
                case "a" -> 1;
                case "b" -> 2;
                case "c" -> 3;
                default -> throw new IllegalArgumentException(name);
            };
        }
    };

    private static final ExcelFormula.References FIRST_YEAR = new ExcelFormula.References() {
        @Override
        public String cell(String name) {
            return "E1";
        }

        @Override
        public String upToThisYear(String name) {
            return "$E1:E1";
        }

        @Override
        public Optional<String> previousYear(String name) {
            return Optional.empty();
        }
    };

    private static String excel(String formula) throws Exception {
        return ExcelFormula.translate(FormulaExpression.parse(formula).syntaxTree(), REFS);
    }

    @Test
    void parenthesisesEveryOperationAndKeepsThePrecedenceOfTheEngine() throws Exception {
        assertThat(excel("a + b * c")).isEqualTo("(G1+(G2*G3))");
        assertThat(excel("(a + b) * c")).isEqualTo("((G1+G2)*G3)");
        assertThat(excel("a / b / c")).isEqualTo("((G1/G2)/G3)");
        assertThat(excel("a - b - c")).isEqualTo("((G1-G2)-G3)");
    }

    @Test
    void followsTheEngineTreeForUnaryMinus() throws Exception {
        // Whatever the engine reads, the parentheses make Excel read the same.
        assertThat(excel("-a ^ 2")).isEqualTo("((-G1)^2)");
        assertThat(excel("-(a ^ 2)")).isEqualTo("(-(G1^2))");
        assertThat(excel("a - -b")).isEqualTo("(G1-(-G2))");
        assertThat(excel("+a")).isEqualTo("G1");
    }

    @Test
    void writesNumbersPlainly() throws Exception {
        assertThat(excel("762383 / 4380")).isEqualTo("(762383/4380)");
        assertThat(excel("a * 0.027")).isEqualTo("(G1*0.027)");
        assertThat(excel("1e3 + a")).isEqualTo("(1000+G1)");
    }

    @Test
    void translatesTheSeriesFunctions() throws Exception {
        assertThat(excel("b + CUMULATIVE(a)")).isEqualTo("(G2+SUM($E1:G1))");
        assertThat(excel("PREVIOUS(c) * 2")).isEqualTo("(F3*2)");
        assertThat(ExcelFormula.translate(FormulaExpression.parse("PREVIOUS(a) + 1").syntaxTree(), FIRST_YEAR))
                .isEqualTo("(0+1)");
    }

    @Test
    void translatesFunctionsAndLogic() throws Exception {
        assertThat(excel("MIN(a, b, 3)")).isEqualTo("MIN(G1,G2,3)");
        assertThat(excel("IF(a > b && c != 0, a, b)")).isEqualTo("IF(AND((G1>G2),(G3<>0)),G1,G2)");
        assertThat(excel("ROUND(a, 2)")).isEqualTo("ROUND(G1,2)");
        assertThat(excel("FLOOR(a) + CEILING(b)")).isEqualTo("(INT(G1)+(-INT(-G2)))");
        assertThat(excel("a == b || !c")).isEqualTo("OR((G1=G2),NOT(G3))");
    }

    @Test
    void whatExcelWouldComputeDifferentlyIsRefusedWhenTheFormulaIsRead() {
        // The validator and this writer share calc's allow-list: such a formula never reaches the workbook.
        assertThatThrownBy(() -> excel("a % b")).isInstanceOf(nl.impact.calc.formula.FormulaException.class)
                .hasMessageContaining("the operator '%' cannot be written as an Excel formula");
        assertThatThrownBy(() -> excel("LOG10(a)")).isInstanceOf(nl.impact.calc.formula.FormulaException.class)
                .hasMessageContaining("the function LOG10 cannot be written as an Excel formula");
    }

    /** References on a sheet whose year header is row 5, in the column of 2025. */
    static final ExcelFormula.References YEAR_REFS = new ExcelFormula.References() {
        public String cell(String name) {
            return name;
        }

        public String upToThisYear(String name) {
            return name;
        }

        public Optional<String> previousYear(String name) {
            return Optional.empty();
        }

        @Override
        public String year() {
            return "VALUE(E$5)";
        }

        @Override
        public int firstYear() {
            return 2025;
        }
    };

    @Test
    void everyAllowedFunctionAndOperatorHasItsTranslation() throws Exception {
        for (nl.impact.calc.formula.FormulaFunction f : nl.impact.calc.formula.FormulaFunction.values()) {
            if (f.acceptsArguments(0)) {
                // YEAR() and YEARINDEX() refer to the year header: translated with one below.
                assertThat(ExcelFormula.translate(FormulaExpression.parse(f.name() + "()").syntaxTree(), YEAR_REFS))
                        .isIn("VALUE(E$5)", "(VALUE(E$5)-2025+1)");
                continue;
            }
            String args = f.takesName() ? "a" : f == nl.impact.calc.formula.FormulaFunction.IF ? "a > 1, b, c"
                    : f == nl.impact.calc.formula.FormulaFunction.ROUND ? "a, 2" : "a";
            assertThat(excel(f.name() + "(" + args + ")")).doesNotContain("a").isNotEmpty();
        }
        for (nl.impact.calc.formula.FormulaOperator op : nl.impact.calc.formula.FormulaOperator.values()) {
            String formula = op.isInfix() ? "a " + op.symbol() + " b" : op.symbol() + "a";
            assertThat(excel(formula)).contains("G1");
        }
    }
}
