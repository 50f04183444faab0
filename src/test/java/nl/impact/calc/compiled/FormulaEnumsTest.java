package nl.impact.calc.compiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.calc.formula.FormulaFunction;
import nl.impact.calc.formula.FormulaOperator;
import nl.impact.calc.formula.YearContext;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.model.QuantityResult;
import nl.impact.model.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every function and operator the validator allows ({@link FormulaFunction}, {@link FormulaOperator})
 * compiles, and the compiled value agrees to the cent with the exact engine's: for a formula alone
 * over columns of draws ({@link CompiledFormula}, as a KPI's formula is compiled), and in a scenario's
 * compiled plan in every variant. A constant added to either enum without a sample here fails
 * {@link #everyFunctionAndOperatorHasASample}; without its case in {@link FormulaCompiler}, the build.
 */
class FormulaEnumsTest {

    static final Map<FormulaFunction, String> FUNCTIONS = new LinkedHashMap<>();
    static final Map<FormulaOperator, String> OPERATORS = new LinkedHashMap<>();

    static {
        FUNCTIONS.put(FormulaFunction.CUMULATIVE, "CUMULATIVE(a) + b");
        FUNCTIONS.put(FormulaFunction.PREVIOUS, "PREVIOUS(a) + b");
        FUNCTIONS.put(FormulaFunction.YEAR, "YEAR() * b");
        FUNCTIONS.put(FormulaFunction.YEARINDEX, "YEARINDEX() * a");
        FUNCTIONS.put(FormulaFunction.FLOOR, "FLOOR(a / 7) + b");
        FUNCTIONS.put(FormulaFunction.CEILING, "CEILING(a / 7) + b");
        FUNCTIONS.put(FormulaFunction.ABS, "ABS(b - a)");
        FUNCTIONS.put(FormulaFunction.SQRT, "SQRT(a) * 100");
        FUNCTIONS.put(FormulaFunction.NOT, "IF(NOT(a > b), a, b * 10)");
        FUNCTIONS.put(FormulaFunction.MIN, "MIN(a, b, 7)");
        FUNCTIONS.put(FormulaFunction.MAX, "MAX(a, b, 7)");
        FUNCTIONS.put(FormulaFunction.SUM, "SUM(a, b, 7)");
        FUNCTIONS.put(FormulaFunction.AVERAGE, "AVERAGE(a, b, 7)");
        FUNCTIONS.put(FormulaFunction.IF, "IF(a > 5, a * 3, b)");
        FUNCTIONS.put(FormulaFunction.ROUND, "ROUND(a / 3, 2) * 1000");
        OPERATORS.put(FormulaOperator.PLUS, "a + b");
        OPERATORS.put(FormulaOperator.MINUS, "a - b");
        OPERATORS.put(FormulaOperator.TIMES, "a * b");
        OPERATORS.put(FormulaOperator.DIVIDE, "a / b * 1000");
        OPERATORS.put(FormulaOperator.POWER, "a ^ 3");
        OPERATORS.put(FormulaOperator.LESS, "IF(a < b, a, b * 10)");
        OPERATORS.put(FormulaOperator.LESS_OR_EQUAL, "IF(a <= b, a, b * 10)");
        OPERATORS.put(FormulaOperator.GREATER, "IF(a > b, a, b * 10)");
        OPERATORS.put(FormulaOperator.GREATER_OR_EQUAL, "IF(a >= b, a, b * 10)");
        OPERATORS.put(FormulaOperator.EQUAL, "IF(a = b, a, b * 10)");
        OPERATORS.put(FormulaOperator.EQUAL_EQUAL, "IF(a == b, a, b * 10)");
        OPERATORS.put(FormulaOperator.NOT_EQUAL, "IF(a != b, a, b * 10)");
        OPERATORS.put(FormulaOperator.NOT_EQUAL_ANGLE, "IF(a <> b, a, b * 10)");
        OPERATORS.put(FormulaOperator.AND, "IF(a > 4 && b > 4, a, b * 10)");
        OPERATORS.put(FormulaOperator.OR, "IF(a > 8 || b > 8, a, b * 10)");
        OPERATORS.put(FormulaOperator.NEGATE, "-a + b");
        OPERATORS.put(FormulaOperator.UNARY_PLUS, "+a * b");
        OPERATORS.put(FormulaOperator.LOGICAL_NOT, "IF(!(a > b), a, b * 10)");
    }

    static final int FIRST_YEAR = 2025;
    static final int YEARS = 3;
    static final int DRAWS = 64;

    @TempDir
    Path dir;

    @Test
    void everyFunctionAndOperatorHasASample() {
        assertThat(FUNCTIONS.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(FormulaFunction.class));
        assertThat(OPERATORS.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(FormulaOperator.class));
    }

    /** Each sample uses what it stands for, so no function or operator goes untested. */
    @Test
    void eachSampleUsesItsFunctionOrOperator() throws Exception {
        for (var sample : FUNCTIONS.entrySet()) {
            assertThat(uses(FormulaExpression.parse(sample.getValue()).syntaxTree(), Set.of(sample.getKey().name())))
                    .as(sample.getValue()).isTrue();
        }
        for (var sample : OPERATORS.entrySet()) {
            FormulaOperator op = sample.getKey();
            assertThat(usesOperator(FormulaExpression.parse(sample.getValue()).syntaxTree(), op))
                    .as(sample.getValue()).isTrue();
        }
    }

    /** Over 64 draws in 3 years, with a = b in some draws so that comparisons go both ways. */
    @Test
    void everySampleCompiledOverColumnsAgreesToTheCentWithTheExactEngine() throws Exception {
        Map<String, String> samples = new LinkedHashMap<>();
        FUNCTIONS.forEach((f, text) -> samples.put(f.name(), text));
        OPERATORS.forEach((op, text) -> samples.put(op.name(), text));
        for (var sample : samples.entrySet()) {
            FormulaExpression formula = FormulaExpression.parse(sample.getValue());
            CompiledFormula compiled = CompiledFormula.compile(formula, FIRST_YEAR, YEARS);
            CompiledFormula.Columns columns = compiled.columns(DRAWS);
            for (int name = 0; name < compiled.names().size(); name++) {
                for (int y = 0; y < YEARS; y++) {
                    double[] column = columns.name(name, y);
                    for (int d = 0; d < DRAWS; d++) {
                        column[d] = value(compiled.names().get(name), y, d).doubleValue();
                    }
                }
            }
            columns.evaluate(DRAWS);
            for (int y = 0; y < YEARS; y++) {
                double[] values = columns.value(y, DRAWS);
                for (int d = 0; d < DRAWS; d++) {
                    int draw = d;
                    int year = FIRST_YEAR + y;
                    BigDecimal exact = formula.evaluate(new YearContext() {
                        @Override
                        public int year() {
                            return year;
                        }

                        @Override
                        public int firstYear() {
                            return FIRST_YEAR;
                        }

                        @Override
                        public BigDecimal value(String name, int inYear) {
                            return FormulaEnumsTest.value(name, inYear - FIRST_YEAR, draw);
                        }
                    });
                    assertThat(values[d]).as("%s (%s) in %d, draw %d", sample.getKey(), sample.getValue(), year, d)
                            .isCloseTo(exact.doubleValue(), within(0.005));
                }
            }
        }
    }

    /**
     * The same samples as formulas of a kernaanpak, whose inputs a and b are banded (equal in the min
     * and max variants, not in the expected one): the compiled plan of the scenario gives every
     * formula's value in every year and variant to the cent of the exact engine's quantities.
     */
    @Test
    void everySampleInACompiledScenarioAgreesToTheCentWithTheExactEngineInEveryVariant() throws Exception {
        StringBuilder yaml = new StringBuilder("""
                name: Elke functie
                years: {first: 2025, last: 2027}
                domains:
                  Zvw: {financier: zorgverzekeraar}
                kernaanpakken:
                  k:
                    calculator: formules
                    a: {min: 2, expected: 4.5, max: 9, assumption: test}
                    b: {min: 2, expected: 5.25, max: 9, assumption: test}
                    formulas:
                """);
        Map<String, String> names = new LinkedHashMap<>();
        FUNCTIONS.forEach((f, text) -> names.put("f" + f.name(), text));
        OPERATORS.forEach((op, text) -> names.put("o" + op.name(), text));
        names.forEach((name, text) -> yaml.append("      ").append(name).append(": \"").append(text).append("\"\n"));
        Path file = dir.resolve("every-function.yaml");
        Files.writeString(file, yaml.toString());
        RunResult run = Computation.of(file);
        CompiledScenario plan = CompiledScenario.compile(run.plan(), false);
        Evaluator evaluator = plan.evaluator(1);
        for (Variant v : Variant.values()) {
            evaluator.evaluate(plan.variant(v), 1);
            for (String name : names.keySet()) {
                QuantityResult exact = run.quantities().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
                for (int y = 0; y < plan.planYears(); y++) {
                    assertThat(evaluator.name("k", name, y)[0]).as("%s (%s) %s %d", name, names.get(name), v, 2025 + y)
                            .isCloseTo(exact.values().get(v).at(2025 + y).doubleValue(), within(0.005));
                }
            }
        }
    }

    /** a and b per year and draw: a from 2 to 9.5, b a few steps apart, equal to a in every seventh draw. */
    static BigDecimal value(String name, int yearIndex, int draw) {
        BigDecimal a = BigDecimal.valueOf(2 + (draw * 7 + yearIndex * 3) % 16 * 0.5);
        if (name.equals("a")) {
            return a;
        }
        return draw % 7 == 0 ? a : BigDecimal.valueOf(3 + (draw % 5) * 1.25 + yearIndex);
    }

    private static boolean uses(ASTNode node, Set<String> functions) {
        if (node.getToken().getType() == Token.TokenType.FUNCTION
                && functions.contains(node.getToken().getValue().toUpperCase(java.util.Locale.ROOT))) {
            return true;
        }
        return node.getParameters().stream().anyMatch(p -> uses(p, functions));
    }

    private static boolean usesOperator(ASTNode node, FormulaOperator op) {
        Token token = node.getToken();
        boolean match = op.isInfix() ? token.getType() == Token.TokenType.INFIX_OPERATOR
                : token.getType() == Token.TokenType.PREFIX_OPERATOR;
        if (match && token.getValue().equals(op.symbol())) {
            return true;
        }
        return node.getParameters().stream().anyMatch(p -> usesOperator(p, op));
    }
}
