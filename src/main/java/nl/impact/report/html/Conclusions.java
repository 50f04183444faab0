package nl.impact.report.html;

import java.math.BigDecimal;
import nl.impact.engine.BreakEven;
import nl.impact.engine.BusinessCaseMetrics;

/**
 * One Dutch sentence of conclusion per financier (and for the plan as a whole), made from its
 * figures alone: whether the expected net is positive or negative, when the money is earned back
 * (the rule of {@link BreakEven}) and whether the other end of the band says otherwise.
 */
final class Conclusions {

    private Conclusions() {
    }

    /**
     * @param financier the financier as the scenario names it ({@code zorgverzekeraar}), or null for
     *     the plan as a whole
     * @param period the effect years as the sentence says them: {@code over 2025-2029}, {@code in 2019}
     */
    static String sentence(String financier, String period, BusinessCaseMetrics expected, BusinessCaseMetrics min,
            BusinessCaseMetrics max) {
        if (expected.breakEven().none().filter(n -> n == BreakEven.None.NO_FLOWS).isPresent()) {
            return (financier == null ? "Het plan heeft" : "Voor " + financier + " heeft het plan")
                    + " bij verwacht effect geen baten en geen investeringen.";
        }
        int sign = expected.net().signum();
        // Money moved between financiers is in the net: say so, or a net beyond benefits minus investments puzzles.
        String net = euro(expected.net()) + (expected.settlements().signum() != 0 ? " na verrekeningen" : "");
        StringBuilder s = new StringBuilder(financier == null ? "Het plan als geheel is"
                : "Voor " + financier + " is het plan").append(" bij verwacht effect ");
        if (sign > 0) {
            s.append("netto positief: ").append(net).append(" ").append(period);
        } else if (sign < 0) {
            s.append("netto negatief: ").append(net).append(" ").append(period);
        } else {
            s.append("precies quitte ").append(period);
        }
        s.append(earnedBack(expected));
        // The end of the band that could turn the verdict: the minimal effect for a positive net, the maximal for a negative one.
        if (sign >= 0) {
            BigDecimal low = min.net();
            s.append(low.signum() >= 0 ? ", en ook bij minimaal effect niet negatief (" : ", maar bij minimaal effect negatief (")
                    .append(euro(low)).append(")");
        } else {
            BigDecimal high = max.net();
            s.append(high.signum() < 0 ? ", en ook bij maximaal effect negatief (" : ", maar bij maximaal effect niet negatief (")
                    .append(euro(high)).append(")");
        }
        return s.append('.').toString();
    }

    /** When the money is earned back, or why it is not; nothing to earn back without investments. */
    private static String earnedBack(BusinessCaseMetrics expected) {
        if (expected.investments().signum() == 0) {
            return expected.benefits().signum() >= 0 ? ", zonder eigen investering"
                    : ", zonder eigen investering: de effecten zelf kosten geld";
        }
        if (expected.breakEven().year().isPresent()) {
            return ", terugverdiend in " + expected.breakEven().year().getAsInt();
        }
        return ", zonder terugverdienjaar (het cumulatieve netto eindigt negatief)";
    }

    private static String euro(BigDecimal value) {
        return Dutch.euros(value) + " euro";
    }
}
