package nl.impact.report.diff;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import nl.impact.engine.diff.Attribution;
import nl.impact.engine.diff.FigureChange;
import nl.impact.engine.diff.InputChange;
import nl.impact.engine.diff.KpiMove;
import nl.impact.engine.diff.ScenarioDiff;
import nl.impact.model.Printable;
import nl.impact.model.Variant;
import java.util.stream.Collectors;

/** The terminal report: what changed in the inputs, the results that moved, and why. */
final class DiffText {

    private DiffText() {
    }

    static void write(ScenarioDiff diff, DiffTitle title, BigDecimal tolerance, Writer out) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("impact diff: ").append(title.name()).append('\n')
                .append("  old: ").append(title.before()).append('\n')
                .append("  new: ").append(title.after()).append('\n');
        s.append('\n').append("Inputs: ").append(diff.inputs().size()).append(" changed\n");
        String group = null;
        for (InputChange c : diff.inputs()) {
            if (!c.group().equals(group)) {
                // Each input under its Dutch label; its changed values (paths, for --set) below it.
                group = c.group();
                s.append("  ").append(c.label()).append('\n');
            }
            s.append("    ").append(c.kind()).append(' ').append(c.path()).append(": ")
                    .append(DiffValues.value(c.before())).append(" -> ").append(DiffValues.value(c.after()));
            String provenance = DiffValues.provenance(c);
            if (!provenance.isEmpty()) {
                s.append("  [").append(provenance).append(']');
            }
            s.append('\n');
        }
        for (Variant v : Variant.values()) {
            List<FigureChange> changed = DiffValues.changed(diff, v, tolerance);
            s.append('\n').append("Results, ").append(v.key()).append(": ");
            if (changed.isEmpty()) {
                s.append("no change\n");
                continue;
            }
            s.append(changed.size()).append(" changed\n");
            for (FigureChange f : changed) {
                s.append(String.format(java.util.Locale.ROOT, "  %-16s %-16s %s -> %s  %s%s%n", f.key(),
                        f.measure().key(), DiffValues.figure(f, f.before()), DiffValues.figure(f, f.after()),
                        f.change().map(c -> DiffValues.signed(f, c)).orElse(""),
                        f.percent().map(p -> " (" + DiffValues.signedPercent(p) + " %)").orElse("")));
            }
        }
        if (!diff.kpiMoves().isEmpty()) {
            s.append('\n').append("KPI positions that moved:\n");
            for (KpiMove m : diff.kpiMoves()) {
                s.append("  ").append(m.kpi()).append(' ').append(m.year()).append(": ")
                        .append(DiffValues.position(m.before())).append(" -> ").append(DiffValues.position(m.after()))
                        .append('\n');
            }
        }
        if (!diff.attributions().isEmpty()) {
            s.append('\n').append("Attribution of the change in net, expected (").append(diff.method()).append("):\n");
            for (Attribution a : diff.attributions()) {
                if (a.variant() != Variant.EXPECTED || a.change().signum() == 0) {
                    continue;
                }
                s.append("  ").append(a.key()).append(' ').append(DiffValues.amount(a.change())).append('\n');
                for (Attribution.Part p : DiffValues.largestFirst(a.parts())) {
                    s.append("    ").append(DiffValues.amount(p.amount())).append("  ").append(p.label()).append("  [")
                            .append(p.group()).append("]\n");
                }
            }
        }
        s.append('\n').append(diff.resultsChanged(tolerance) ? "Results changed." : "No result changed.").append('\n');
        // Scenario text never sends a control character to a terminal.
        out.write(s.toString().lines().map(Printable::sanitise).collect(Collectors.joining("\n", "", "\n")));
    }
}
