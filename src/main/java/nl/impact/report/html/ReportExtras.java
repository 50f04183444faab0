package nl.impact.report.html;

import java.util.Optional;
import nl.impact.monitor.Progress;

/**
 * What the report shows beside the base case when it was computed: a monitoring report (milestones,
 * spend, forecast, verdicts), a sensitivity analysis (tornado), a simulation (uncertainty). Each absent
 * part leaves its sections out.
 */
public record ReportExtras(Optional<Progress> monitor, Optional<Tornado> tornado, Optional<Uncertainty> uncertainty) {

    public static final ReportExtras NONE = new ReportExtras(Optional.empty(), Optional.empty(), Optional.empty());

    public ReportExtras withMonitor(Progress progress) {
        return new ReportExtras(Optional.of(progress), tornado, uncertainty);
    }

    public ReportExtras withTornado(Tornado value) {
        return new ReportExtras(monitor, Optional.of(value), uncertainty);
    }

    public ReportExtras withUncertainty(Uncertainty value) {
        return new ReportExtras(monitor, tornado, Optional.of(value));
    }
}
