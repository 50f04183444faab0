package nl.impact.engine.diff;

import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.InputOverrides;

/**
 * What the change in net is split over: one input (a group of the file's changes, or a value of the
 * register the file does not show), applied to the old scenario by taking {@code treeGroups} from
 * the new file (what the register cannot express: formulas, kernaanpakken added or removed, timings)
 * and giving the register's inputs their new values ({@code overrides}). Several units merged into
 * one carry all of theirs.
 *
 * @param group the path the reports name it by
 * @param label its Dutch label
 * @param treeGroups groups of the file taken whole from the new version; empty for a change the
 *     register expresses
 * @param overrides the new values of the register's inputs this unit changes
 */
record Unit(String group, String label, List<String> treeGroups, InputOverrides overrides) {

    Unit {
        treeGroups = List.copyOf(treeGroups);
    }

    /** True when applying it needs the scenario read again with part of the new file. */
    boolean structural() {
        return !treeGroups.isEmpty();
    }

    /** Several units as one: their groups and labels joined, all their changes applied together. */
    static Unit merged(List<Unit> units) {
        if (units.size() == 1) {
            return units.get(0);
        }
        List<String> groups = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> tree = new ArrayList<>();
        InputOverrides overrides = InputOverrides.NONE;
        for (Unit u : units) {
            groups.add(u.group());
            labels.add(u.label());
            tree.addAll(u.treeGroups());
            overrides = overrides.plus(u.overrides());
        }
        return new Unit(String.join(", ", groups), String.join("; ", labels), tree, overrides);
    }
}
