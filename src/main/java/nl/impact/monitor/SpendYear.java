package nl.impact.monitor;

import java.math.BigDecimal;
import java.util.List;
import nl.impact.calc.plan.Flow;
import nl.impact.model.HalfYear;

/**
 * A budget line's part paid by one financier in one plan year as the forecast takes it: the plan's
 * (expected variant), and the realised spend of the half years reported with the plan's half for the others.
 *
 * @param flow the line's flow of this financier in the plan, whose value the forecast replaces
 */
public record SpendYear(String line, String financier, Flow flow, int year, BigDecimal planned, BigDecimal forecast,
        List<HalfYear> realised) {

    public SpendYear {
        realised = List.copyOf(realised);
    }
}
