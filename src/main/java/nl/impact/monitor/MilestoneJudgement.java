package nl.impact.monitor;

import nl.impact.model.Milestone;

/**
 * The verdict on one milestone due up to the monitored half year, and its tranche.
 *
 * @param realisation what the file reports, or null when it has no row for the milestone
 */
public record MilestoneJudgement(Milestone milestone, MilestoneRealisation realisation, MilestoneVerdict verdict,
        Payment payment) {
}
