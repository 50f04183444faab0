package nl.impact.calc.formula;

import java.math.BigDecimal;

/** What a formula sees while it is evaluated for one year: the values of names in any plan year. */
public interface YearContext {

    /** The year being evaluated. */
    int year();

    /** The first year of the plan: the start of cumulative sums. */
    int firstYear();

    /** The value of {@code name} in {@code year}. */
    BigDecimal value(String name, int year);
}
