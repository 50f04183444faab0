package nl.impact.calc.formula;

import java.util.Locale;
import java.util.Optional;

/**
 * The functions a formula may use: exactly those the workbook can write as an Excel formula with
 * the same result. The validator refuses every other function, and the Excel writer translates
 * each of these in an exhaustive switch, so adding one here without its translation does not
 * compile. To add a function: a constant here, its case in {@code report.excel.ExcelFormula}.
 */
public enum FormulaFunction {
    /** The sum of a name from the first plan year up to this year. */
    CUMULATIVE(1, 1, true),
    /** A name's value in the year before; 0 in the first plan year. */
    PREVIOUS(1, 1, true),
    /** The year computed. */
    YEAR(0, 0, false),
    /** The number of the year computed in the plan: 1 in the first plan year. */
    YEARINDEX(0, 0, false),
    FLOOR(1, 1, false),
    CEILING(1, 1, false),
    ABS(1, 1, false),
    SQRT(1, 1, false),
    NOT(1, 1, false),
    MIN(1, Integer.MAX_VALUE, false),
    MAX(1, Integer.MAX_VALUE, false),
    SUM(1, Integer.MAX_VALUE, false),
    AVERAGE(1, Integer.MAX_VALUE, false),
    IF(3, 3, false),
    /** ROUND(x, decimals); decimals within {@link nl.impact.model.Limits#MAX_EXPONENT}. */
    ROUND(2, 2, false);

    private final int minArguments;
    private final int maxArguments;
    private final boolean takesName;

    FormulaFunction(int minArguments, int maxArguments, boolean takesName) {
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.takesName = takesName;
    }

    /** The function of this name (formulas match names regardless of case), if it is allowed. */
    public static Optional<FormulaFunction> find(String name) {
        for (FormulaFunction f : values()) {
            if (f.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public boolean acceptsArguments(int count) {
        return count >= minArguments && count <= maxArguments;
    }

    /** True when the argument is a name, not a value (the functions that look across years). */
    public boolean takesName() {
        return takesName;
    }

    /** How many arguments, for messages: "one", "three", "one or more". */
    public String arguments() {
        if (maxArguments == 0) {
            return "no arguments";
        }
        String min = minArguments == 1 ? "one" : minArguments == 2 ? "two" : "three";
        if (maxArguments == Integer.MAX_VALUE) {
            return min + " or more arguments";
        }
        return takesName ? "one name" : min + (minArguments == 1 ? " argument" : " arguments");
    }
}
