package nl.impact.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.RunResult;
import nl.impact.engine.TrancheCheck;
import nl.impact.model.BudgetLine;
import nl.impact.model.HalfYear;
import nl.impact.model.Variant;

/**
 * The financial monitoring: per budget line, financier and plan year up to the monitored one, the
 * begroting against what was spent, with the tranches that fell due. A half year without a spend row
 * adds nothing to {@code besteed} and is not listed as reported.
 */
public final class Spend {

    private Spend() {
    }

    public static List<SpendLine> of(RunResult plan, Realisations realisations, List<MilestoneJudgement> milestones) {
        List<SpendLine> lines = new ArrayList<>();
        if (!realisations.hasHalfYears()) {
            return lines;
        }
        int lastYear = Math.min(realisations.lastHalf().year(), plan.scenario().years().last());
        for (BudgetLine line : plan.scenario().begroting().lines()) {
            for (String financier : line.shares().keySet()) {
                for (int year = plan.scenario().years().first(); year <= lastYear; year++) {
                    lines.add(line(plan, realisations, milestones, line, financier, year));
                }
            }
        }
        return lines;
    }

    private static SpendLine line(RunResult plan, Realisations realisations, List<MilestoneJudgement> milestones,
            BudgetLine line, String financier, int year) {
        BigDecimal spent = BigDecimal.ZERO;
        List<HalfYear> reported = new ArrayList<>();
        for (SpendRealisation s : realisations.spend()) {
            if (s.line().equals(line.id()) && s.financier().equals(financier) && s.period().year() == year) {
                spent = spent.add(s.euros());
                reported.add(s.period());
            }
        }
        reported.sort(null);
        BigDecimal payable = BigDecimal.ZERO;
        BigDecimal withheld = BigDecimal.ZERO;
        for (MilestoneJudgement j : milestones) {
            var tranche = j.milestone().tranche();
            if (tranche != null && tranche.line().equals(line.id()) && tranche.financier().equals(financier)
                    && j.milestone().halfYear().year() == year) {
                if (j.payment() == Payment.PAYABLE) {
                    payable = payable.add(tranche.amount());
                } else {
                    withheld = withheld.add(tranche.amount());
                }
            }
        }
        BigDecimal budget = TrancheCheck.budget(plan, line.id(), financier, year, Variant.EXPECTED);
        return new SpendLine(line, financier, year, budget, spent, reported, payable, withheld);
    }
}
