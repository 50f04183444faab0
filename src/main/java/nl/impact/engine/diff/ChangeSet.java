package nl.impact.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.impact.engine.InputOverrides;
import nl.impact.model.Paths;
import nl.impact.scenario.DocumentPaths;

/**
 * Every changed input of a diff, once: the file's changes (grouped into inputs), and the register's
 * changes the file's text does not show (an area table's cells and rows, the figures a workbook's
 * cell gives). A register change inside a group of the file belongs to that group and is listed
 * under it; the rest are inputs of their own. Each group becomes one {@link Unit} of the attribution: an override of the
 * register when the group is an input of both versions' registers, else the group taken from the new
 * file, with the register's changes inside it as overrides.
 */
final class ChangeSet {

    private final List<InputChange> inputs;
    private final List<Unit> units;

    private ChangeSet(List<InputChange> inputs, List<Unit> units) {
        this.inputs = List.copyOf(inputs);
        this.units = List.copyOf(units);
    }

    static ChangeSet of(List<InputChange> fileChanges, RegisterDiff register, JsonNode before, JsonNode after) {
        List<String> groups = InputDiff.groups(fileChanges);
        Set<String> known = new HashSet<>(groups);
        Map<String, String> labels = new HashMap<>();
        fileChanges.forEach(c -> labels.putIfAbsent(c.group(), c.label()));
        // Every path at or above a changed value of the file: a register change there is shown already.
        Set<String> shown = new HashSet<>();
        for (InputChange c : fileChanges) {
            // Each ancestor once: one already in the set has its own ancestors there too.
            String p = c.path();
            while (!p.isEmpty() && shown.add(p)) {
                p = Paths.parent(p);
            }
        }
        Map<String, InputOverrides> inside = new HashMap<>();
        Map<String, List<InputChange>> shownInside = new LinkedHashMap<>();
        List<InputChange> own = new ArrayList<>();
        List<Unit> ownUnits = new ArrayList<>();
        for (RegisterDiff.Change c : register.changes()) {
            String group = covering(c.path(), known);
            if (group == null) {
                own.add(new InputChange(c.path(), c.path(), c.label(), c.before(), c.after(), c.provenanceBefore(),
                        c.provenanceAfter()));
                ownUnits.add(new Unit(c.path(), c.label(), List.of(), c.overrides()));
                continue;
            }
            if (!group.equals(c.path())) {
                inside.merge(group, c.overrides(), InputOverrides::plus);
            }
            if (!shown.contains(c.path()) || fromWorkbook(before, c.path()) || fromWorkbook(after, c.path())) {
                // The file shows where a value comes from (a table, a workbook's cell), not the value: show it too.
                shownInside.computeIfAbsent(group, g -> new ArrayList<>()).add(new InputChange(c.path(), group,
                        labels.get(group), c.before(), c.after(), c.provenanceBefore(), c.provenanceAfter()));
            }
        }
        List<InputChange> inputs = new ArrayList<>();
        for (int i = 0; i < fileChanges.size(); i++) {
            InputChange c = fileChanges.get(i);
            inputs.add(c);
            boolean lastOfGroup = i + 1 == fileChanges.size() || !fileChanges.get(i + 1).group().equals(c.group());
            if (lastOfGroup) {
                inputs.addAll(shownInside.getOrDefault(c.group(), List.of()));
                shownInside.remove(c.group());
            }
        }
        shownInside.values().forEach(inputs::addAll);
        inputs.addAll(own);
        List<Unit> units = new ArrayList<>();
        for (String group : groups) {
            units.add(register.isFigureOfBoth(group)
                    ? new Unit(group, labels.get(group), List.of(), register.override(group))
                    : new Unit(group, labels.get(group), List.of(group), inside.getOrDefault(group, InputOverrides.NONE)));
        }
        units.addAll(ownUnits);
        return new ChangeSet(inputs, units);
    }

    /** The changed inputs: the file's, in its order, then the register's own. */
    List<InputChange> inputs() {
        return inputs;
    }

    /** What the attribution splits the change over, in the order of the inputs. */
    List<Unit> units() {
        return units;
    }

    /** The group of the file's changes that holds {@code path} (itself or an ancestor), or null. */
    private static String covering(String path, Set<String> groups) {
        for (String p = path; !p.isEmpty(); p = Paths.parent(p)) {
            if (groups.contains(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean fromWorkbook(JsonNode root, String path) {
        JsonNode node = DocumentPaths.at(root, path);
        return node != null && node.isObject() && node.has("fromExcel");
    }
}
