package nl.impact.monitor;

import java.util.ArrayList;
import java.util.List;
import nl.impact.model.HalfYear;
import nl.impact.model.Milestone;
import nl.impact.model.MilestoneTarget;
import nl.impact.model.Scenario;

/**
 * Judges every milestone due up to the monitored half year: a count at least its target, done, or
 * done by its date is reached; a count above zero but short, or done late, is partly reached; a count
 * of zero or not done is missed; no value is missing. A tranche is payable only for a milestone
 * reached; otherwise it is withheld.
 */
public final class Milestones {

    private Milestones() {
    }

    public static List<MilestoneJudgement> judge(Scenario scenario, Realisations realisations) {
        List<MilestoneJudgement> judgements = new ArrayList<>();
        HalfYear last = realisations.lastHalf();
        if (last == null) {
            return judgements;
        }
        for (Milestone m : scenario.milestones().milestones()) {
            if (m.halfYear().compareTo(last) > 0) {
                continue;
            }
            MilestoneRealisation r = realisations.milestones().get(m.id());
            MilestoneVerdict verdict = r == null || r.isMissing() ? MilestoneVerdict.MISSING : verdict(m.target(), r);
            Payment payment = !m.hasTranche() ? Payment.NONE
                    : verdict == MilestoneVerdict.REACHED ? Payment.PAYABLE : Payment.WITHHELD;
            judgements.add(new MilestoneJudgement(m, r, verdict, payment));
        }
        return judgements;
    }

    static MilestoneVerdict verdict(MilestoneTarget target, MilestoneRealisation r) {
        return switch (target.kind()) {
            case COUNT -> r.count().compareTo(target.count()) >= 0 ? MilestoneVerdict.REACHED
                    : r.count().signum() > 0 ? MilestoneVerdict.PARTLY : MilestoneVerdict.MISSED;
            case DONE -> r.done() ? MilestoneVerdict.REACHED : MilestoneVerdict.MISSED;
            case DATE -> !r.done() ? MilestoneVerdict.MISSED
                    : r.date().isAfter(target.date()) ? MilestoneVerdict.PARTLY : MilestoneVerdict.REACHED;
        };
    }

    /** True when a tranche is withheld: one of the two findings that call for action (exit code 4). */
    public static boolean anyWithheld(List<MilestoneJudgement> judgements) {
        return judgements.stream().anyMatch(j -> j.payment() == Payment.WITHHELD);
    }
}
