package nl.impact.calc.kpi;

import java.math.BigDecimal;
import nl.impact.calc.formula.FormulaExpression;

/**
 * A straight line from a baseline value in its year to a target value in the target year; before
 * the baseline year it is the baseline, after the target year the target. The on-track path of a
 * target the plan states only for its end year.
 */
public record LinearPath(BigDecimal baseline, int baselineYear, BigDecimal target, int targetYear) {

    public LinearPath {
        if (targetYear <= baselineYear) {
            throw new IllegalArgumentException("the target year must come after the baseline year");
        }
    }

    public BigDecimal at(int year) {
        if (year <= baselineYear) {
            return baseline;
        }
        if (year >= targetYear) {
            return target;
        }
        BigDecimal share = BigDecimal.valueOf(year - baselineYear)
                .divide(BigDecimal.valueOf(targetYear - baselineYear), FormulaExpression.MATH);
        return baseline.add(target.subtract(baseline).multiply(share), FormulaExpression.MATH);
    }
}
