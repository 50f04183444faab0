package nl.impact.engine.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import nl.impact.calc.plan.Input;
import nl.impact.calc.plan.Inputs;
import nl.impact.calc.plan.Plan;
import nl.impact.engine.InputOverrides;
import nl.impact.model.Area;
import nl.impact.model.AreaColumn;
import nl.impact.model.AreaTable;
import nl.impact.model.Band;
import nl.impact.model.Paths;
import nl.impact.model.Variant;
import nl.impact.model.YearValues;

/**
 * The inputs of the register whose values differ between two compiled scenarios: figures at the
 * same path in both (including those a workbook's cell gives, {@code fromExcel}, whose file the
 * scenario's text does not show), the cells of the area table by area code and column, and the
 * areas added to or removed from the table. Each comes with what to override to apply it alone.
 */
final class RegisterDiff {

    /**
     * One input whose value differs.
     *
     * @param before the old value as text; null for an added area
     * @param after the new value as text; null for a removed area
     * @param overrides the new value as an override of the old plan
     */
    record Change(String path, String label, String before, String after, String provenanceBefore,
            String provenanceAfter, InputOverrides overrides) {
    }

    private final Plan before;
    private final Plan after;
    private final List<Change> changes = new ArrayList<>();

    private RegisterDiff(Plan before, Plan after) {
        this.before = before;
        this.after = after;
        figures();
        areas();
    }

    static RegisterDiff of(Plan before, Plan after) {
        return new RegisterDiff(before, after);
    }

    /** The changes: figures in the new register's order, then areas in the old table's order, then added ones. */
    List<Change> changes() {
        return List.copyOf(changes);
    }

    /** True when {@code path} is a figure of either register. */
    boolean isFigure(String path) {
        return figure(before, path).isPresent() || figure(after, path).isPresent();
    }

    /** True when {@code path} is a figure of both registers: a change there is applied as an override. */
    boolean isFigureOfBoth(String path) {
        return figure(before, path).isPresent() && figure(after, path).isPresent();
    }

    /** The new values of the figure at {@code path}, as an override of the old plan. */
    InputOverrides override(String path) {
        return InputOverrides.figure(path, figure(after, path).orElseThrow().values());
    }

    private void figures() {
        int from = Math.min(before.years().first(), after.years().first());
        int to = Math.max(before.years().last(), after.years().last());
        for (Input now : after.inputs().all()) {
            Optional<Input> then = figure(before, now.path());
            if (then.isPresent() && !same(then.get().values(), now.values(), from, to)) {
                changes.add(new Change(now.path(), now.label(), text(then.get().values()), text(now.values()),
                        provenance(then.get()), provenance(now), InputOverrides.figure(now.path(), now.values())));
            }
        }
    }

    private void areas() {
        AreaTable old = before.scenario().areas();
        AreaTable now = after.scenario().areas();
        if (old == null || now == null) {
            return;
        }
        Map<String, Area> newAreas = new LinkedHashMap<>();
        now.areas().forEach(a -> newAreas.put(a.code(), a));
        Map<String, Integer> newColumns = new HashMap<>();
        for (int c = 0; c < now.columns().size(); c++) {
            newColumns.put(now.columns().get(c).name(), c);
        }
        String provenanceBefore = old.provenance().toString();
        Map<String, Area> oldAreas = new HashMap<>();
        for (Area area : old.areas()) {
            oldAreas.put(area.code(), area);
            Area area2 = newAreas.get(area.code());
            String row = Paths.child(Inputs.AREAS, area.code());
            if (area2 == null) {
                changes.add(new Change(row, area.name() + " (" + area.code() + ")", describe(area), null,
                        provenanceBefore, "", InputOverrides.removedArea(area.code())));
                continue;
            }
            if (!area.name().equals(area2.name()) || !area.gemeente().equals(area2.gemeente())) {
                // Name and gemeente move no net of the business case: reported, nothing to recompute.
                changes.add(new Change(row, area2.name() + " (" + area2.code() + ")", describe(area), describe(area2),
                        provenanceBefore, now.provenance().toString(), InputOverrides.NONE));
            }
            for (int c = 0; c < old.columns().size(); c++) {
                AreaColumn column = old.columns().get(c);
                Integer c2 = newColumns.get(column.name());
                if (c2 != null && area.value(c).compareTo(area2.value(c2)) != 0) {
                    Input cell = after.inputs().byPath(Inputs.cellPath(area2, now.columns().get(c2))).orElseThrow();
                    changes.add(new Change(cell.path(), cell.label(), plain(area.value(c)), plain(area2.value(c2)),
                            provenanceBefore, provenance(cell),
                            InputOverrides.cell(area.code(), column.name(), area2.value(c2))));
                }
            }
        }
        for (Area area : now.areas()) {
            if (!oldAreas.containsKey(area.code())) {
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                for (int c = 0; c < now.columns().size(); c++) {
                    values.put(now.columns().get(c).name(), area.value(c));
                }
                changes.add(new Change(Paths.child(Inputs.AREAS, area.code()), area.name() + " (" + area.code() + ")",
                        null, describe(area), "", now.provenance().toString(),
                        InputOverrides.addedArea(area.code(), values)));
            }
        }
    }

    /** A figure of {@code plan}'s register (not a cell) at {@code path}. */
    private static Optional<Input> figure(Plan plan, String path) {
        return path.startsWith(Inputs.AREAS + ".") && plan.hasAreas() ? Optional.empty()
                : plan.inputs().byPath(path);
    }

    /** The same values in every variant and in every year from {@code from} to {@code to} either has. */
    static boolean same(Band<YearValues> a, Band<YearValues> b, int from, int to) {
        for (Variant v : Variant.values()) {
            YearValues x = a.get(v);
            YearValues y = b.get(v);
            for (int year = from; year <= to; year++) {
                if (x.hasYear(year) != y.hasYear(year)
                        || x.hasYear(year) && x.at(year).compareTo(y.at(year)) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Values as a reader writes them: {@code 120}, {@code {2025: 5, 2026: 10}}, {@code {min: 1, expected: 2, max: 3}}. */
    static String text(Band<YearValues> values) {
        String expected = text(values.expected());
        if (text(values.min()).equals(expected) && text(values.max()).equals(expected)) {
            return expected;
        }
        return "{min: " + text(values.min()) + ", expected: " + expected + ", max: " + text(values.max()) + "}";
    }

    private static String text(YearValues values) {
        if (values.isConstant()) {
            return plain(values.constant());
        }
        StringBuilder s = new StringBuilder("{");
        for (Map.Entry<Integer, BigDecimal> e : ((SortedMap<Integer, BigDecimal>) values.perYear()).entrySet()) {
            s.append(s.length() > 1 ? ", " : "").append(e.getKey()).append(": ").append(plain(e.getValue()));
        }
        return s.append('}').toString();
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String describe(Area area) {
        return area.name() + ", " + area.gemeente();
    }

    private static String provenance(Input input) {
        return input.provenance() == null ? "" : input.provenance().toString();
    }
}
