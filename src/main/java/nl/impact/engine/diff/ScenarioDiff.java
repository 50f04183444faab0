package nl.impact.engine.diff;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.impact.engine.BusinessCaseMetrics;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.model.Position;
import nl.impact.model.Variant;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.SourceDocument;

/**
 * How a scenario's business case changed between two versions: the inputs that differ, every result
 * figure per financier and in all per variant (changed or not, so a report can choose), the KPI years
 * whose position moved, and the change in net split over the changed inputs ({@link Attributor}).
 *
 * @param method how the attribution was computed (see {@link Attributor})
 * @param files every file the two versions were read from (the scenarios, their area tables and
 *     workbooks): what the report must never replace
 */
public record ScenarioDiff(List<InputChange> inputs, List<FigureChange> figures, List<KpiMove> kpiMoves,
        List<Attribution> attributions, String method, List<Path> files) {

    /**
     * Compares two parsed scenarios; either being invalid is invalid input. The inputs are the file's
     * changes and those of the register of inputs its text does not show (area table cells, workbook
     * cells), each named by its Dutch label.
     */
    public static ScenarioDiff of(SourceDocument before, SourceDocument after) throws InvalidInputException {
        RunResult oldRun = Computation.of(before);
        RunResult newRun = Computation.of(after);
        RegisterDiff register = RegisterDiff.of(oldRun.plan(), newRun.plan());
        ChangeLabels labels = new ChangeLabels(oldRun.plan(), newRun.plan());
        List<InputChange> fileChanges = InputDiff.of(before.root(), after.root(), after.sourceMap(), register::isFigure,
                labels::of);
        ChangeSet changes = ChangeSet.of(fileChanges, register, before.root(), after.root());
        Outcome old = Outcome.of(oldRun);
        Outcome now = Outcome.of(newRun);
        Set<Path> files = new LinkedHashSet<>(oldRun.scenario().inputs());
        files.addAll(newRun.scenario().inputs());
        List<FigureChange> figures = figures(old, now);
        List<KpiMove> moves = moves(old, now);
        boolean netChanged = figures.stream().anyMatch(f -> f.measure() == Measure.NET && f.changed(BigDecimal.ZERO));
        Attributor.Result attribution = changes.units().isEmpty() || !netChanged
                ? new Attributor.Result(List.of(), "none")
                : new Attributor(before, after, changes.units(), oldRun, old, now).attribute(keys(old, now), figures);
        return new ScenarioDiff(changes.inputs(), figures, moves, attribution.attributions(), attribution.method(),
                List.copyOf(files));
    }

    /** True when any result changed by more than {@code tolerance} euros, or any KPI position moved. */
    public boolean resultsChanged(BigDecimal tolerance) {
        return !kpiMoves.isEmpty() || figures.stream().anyMatch(f -> f.changed(tolerance));
    }

    /** The financiers of both (the old scenario's order first), then {@code total}. */
    static List<String> keys(Outcome old, Outcome now) {
        Set<String> keys = new LinkedHashSet<>(old.metrics().get(Variant.EXPECTED).keySet());
        keys.addAll(now.metrics().get(Variant.EXPECTED).keySet());
        keys.remove(Outcome.TOTAL);
        keys.add(Outcome.TOTAL);
        return List.copyOf(keys);
    }

    private static List<FigureChange> figures(Outcome old, Outcome now) {
        List<FigureChange> out = new ArrayList<>();
        List<String> keys = keys(old, now);
        for (Variant v : Variant.values()) {
            for (String key : keys) {
                BusinessCaseMetrics a = old.metrics().get(v).get(key);
                BusinessCaseMetrics b = now.metrics().get(v).get(key);
                for (Measure m : Measure.values()) {
                    out.add(new FigureChange(v, key.equals(Outcome.TOTAL) ? "total" : "financier", key, m,
                            a == null ? null : m.of(a).orElse(null), b == null ? null : m.of(b).orElse(null)));
                }
            }
        }
        return out;
    }

    private static List<KpiMove> moves(Outcome old, Outcome now) {
        Set<String> ids = new LinkedHashSet<>(old.positions().keySet());
        ids.addAll(now.positions().keySet());
        List<KpiMove> out = new ArrayList<>();
        for (String id : ids) {
            Map<Integer, Position> a = old.positions().getOrDefault(id, Map.of());
            Map<Integer, Position> b = now.positions().getOrDefault(id, Map.of());
            Set<Integer> years = new TreeSet<>(a.keySet());
            years.addAll(b.keySet());
            String name = now.kpiNames().getOrDefault(id, old.kpiNames().get(id));
            for (Integer year : years) {
                if (a.get(year) != b.get(year)) {
                    out.add(new KpiMove(id, name, year, a.get(year), b.get(year)));
                }
            }
        }
        return out;
    }
}
