package nl.impact.report.html;

import java.util.List;
import java.util.Optional;
import nl.impact.monitor.Judgement;

/**
 * What the report shows beside the base case when it was computed: monitor verdicts, a sensitivity
 * analysis (tornado), a simulation (uncertainty). Each absent part leaves its section out.
 */
public record ReportExtras(List<Judgement> monitor, Optional<Tornado> tornado, Optional<Uncertainty> uncertainty) {

    public static final ReportExtras NONE = new ReportExtras(List.of(), Optional.empty(), Optional.empty());

    public ReportExtras withMonitor(List<Judgement> judgements) {
        return new ReportExtras(List.copyOf(judgements), tornado, uncertainty);
    }

    public ReportExtras withTornado(Tornado value) {
        return new ReportExtras(monitor, Optional.of(value), uncertainty);
    }

    public ReportExtras withUncertainty(Uncertainty value) {
        return new ReportExtras(monitor, tornado, Optional.of(value));
    }
}
