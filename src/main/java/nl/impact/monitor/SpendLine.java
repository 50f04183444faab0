package nl.impact.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.impact.model.BudgetLine;
import nl.impact.model.HalfYear;

/**
 * The spend on one budget line by one financier in one plan year, against the begroting (its expected
 * variant): what was budgeted ({@code begroot}), what the half years reported so far say was spent
 * ({@code besteed}), and the tranches of the year's milestones payable or withheld.
 *
 * @param reported the half years of the year with a spend row, in order
 */
public record SpendLine(BudgetLine line, String financier, int year, BigDecimal budget, BigDecimal spent,
        List<HalfYear> reported, BigDecimal tranchesPayable, BigDecimal tranchesWithheld) {

    public SpendLine {
        reported = List.copyOf(reported);
    }

    /** What is left of the year's budget: negative when more was spent. */
    public BigDecimal remainder() {
        return budget.subtract(spent);
    }

    /** The uitputting: spent as a percentage of the budget; null when nothing was budgeted. */
    public BigDecimal exhaustion() {
        return budget.signum() == 0 ? null : spent.multiply(BigDecimal.valueOf(100)).divide(budget, 10,
                RoundingMode.HALF_UP);
    }
}
