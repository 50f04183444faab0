package nl.impact.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.impact.model.Paths;
import nl.impact.model.Provenance;
import nl.impact.model.SourceMap;
import nl.impact.scenario.DocumentPaths;

/**
 * The inputs that differ between two parsed scenarios, value by value, grouped into the inputs a reader
 * names: a group is the nearest enclosing map that carries a provenance (a parameter, an effect amount,
 * a budget figure, a KPI band), else the section entry it lies in ({@code domains.Zvw},
 * {@code kernaanpakken.x}, {@code begroting.lines.y}, {@code kernaanpakken.x.effects[0]}). Lists are
 * compared item by item; a list whose length changed is one change.
 */
public final class InputDiff {

    private final JsonNode before;
    private final JsonNode after;
    private final SourceMap afterSources;
    private final Predicate<String> isInput;
    private final List<InputChange> changes = new ArrayList<>();

    private InputDiff(JsonNode before, JsonNode after, SourceMap afterSources, Predicate<String> isInput) {
        this.before = before;
        this.after = after;
        this.afterSources = afterSources;
        this.isInput = isInput;
    }

    /** The changes in document order (the old file's keys first, then keys only the new one has). */
    public static List<InputChange> of(JsonNode before, JsonNode after, SourceMap afterSources) {
        return of(before, after, afterSources, path -> false, path -> path);
    }

    /**
     * The same, grouped also at the paths {@code isInput} accepts (the register's inputs, so a figure a
     * workbook's cell gives is one group even without a provenance of its own) and labelled by
     * {@code label} of each group.
     */
    public static List<InputChange> of(JsonNode before, JsonNode after, SourceMap afterSources,
            Predicate<String> isInput, Function<String, String> label) {
        InputDiff diff = new InputDiff(before, after, afterSources, isInput);
        List<String[]> raw = new ArrayList<>();
        walk("", before, after, raw);
        List<String> groups = new ArrayList<>();
        for (String[] r : raw) {
            groups.add(diff.group(r[0]));
        }
        // A group inside another group belongs to the outer one: applying the outer applies both. Each
        // group looks up its ancestors among the groups, so thousands of changes cost no pairs.
        Set<String> all = new HashSet<>(groups);
        Map<String, String> outermost = new HashMap<>();
        List<String> merged = new ArrayList<>();
        for (String g : groups) {
            merged.add(outermost.computeIfAbsent(g, key -> {
                String outer = key;
                for (String p = key; !p.isEmpty(); ) {
                    p = Paths.parent(p);
                    if (all.contains(p)) {
                        outer = p;
                    }
                }
                return outer;
            }));
        }
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String group = merged.get(i);
            diff.changes.add(new InputChange(raw.get(i)[0], group, labels.computeIfAbsent(group, label),
                    raw.get(i)[1], raw.get(i)[2], provenance(before, DocumentPaths.at(before, group)),
                    diff.afterProvenance(group)));
        }
        return List.copyOf(diff.changes);
    }

    /** The distinct groups of {@code changes}, in order. */
    public static List<String> groups(Collection<InputChange> changes) {
        Set<String> groups = new LinkedHashSet<>();
        changes.forEach(c -> groups.add(c.group()));
        return List.copyOf(groups);
    }

    /**
     * The old tree with the given groups taken from the new one: the scenario in which only those
     * inputs changed.
     */
    public static JsonNode combine(JsonNode before, JsonNode after, Collection<String> groups) {
        JsonNode tree = before.deepCopy();
        for (String group : groups) {
            JsonNode value = DocumentPaths.at(after, group);
            tree = set(tree, DocumentPaths.steps(group), value == null ? null : value.deepCopy());
        }
        return tree;
    }

    private static JsonNode set(JsonNode tree, List<Object> steps, JsonNode value) {
        if (steps.isEmpty()) {
            return value;
        }
        JsonNode parent = tree;
        for (int i = 0; i < steps.size() - 1; i++) {
            JsonNode next = DocumentPaths.child(parent, steps.get(i));
            if (next == null) {
                // The parent was added along with the group: create it, as the new tree has it.
                next = steps.get(i + 1) instanceof Integer ? JsonNodeFactory.instance.arrayNode()
                        : JsonNodeFactory.instance.objectNode();
                if (steps.get(i) instanceof Integer n) {
                    ((ArrayNode) parent).insert(n, next);
                } else {
                    ((ObjectNode) parent).set((String) steps.get(i), next);
                }
            }
            parent = next;
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer n) {
            ArrayNode array = (ArrayNode) parent;
            if (value == null) {
                array.remove(n);
            } else if (n < array.size()) {
                array.set(n, value);
            } else {
                array.add(value);
            }
        } else if (value == null) {
            ((ObjectNode) parent).remove((String) last);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return tree;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<String[]> out) {
        if (a == null && b == null) {
            return;
        }
        if (a == null || b == null) {
            out.add(new String[] {path, text(a), text(b)});
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                walk(Paths.child(path, key), a.get(key), b.get(key), out);
            }
            return;
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                walk(Paths.index(path, i), a.get(i), b.get(i), out);
            }
            return;
        }
        if (!same(a, b)) {
            out.add(new String[] {path, text(a), text(b)});
        }
    }

    /** Equal values; numbers by value, so {@code 120} and {@code 120.0} are the same figure. */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** A value as a reader would write it: numbers plain, text as is, maps and lists as compact JSON. */
    static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        return node.toString();
    }

    private String group(String path) {
        for (String p = path; !p.isEmpty(); p = Paths.parent(p)) {
            if (isInput.test(p) || hasProvenance(DocumentPaths.at(before, p)) || hasProvenance(DocumentPaths.at(after, p))) {
                return p;
            }
        }
        return section(path);
    }

    /** The section entry a path lies in: two keys deep, three under begroting, up to a list's first item. */
    private static String section(String path) {
        List<Object> steps = DocumentPaths.steps(path);
        int depth = !steps.isEmpty() && "begroting".equals(steps.get(0)) ? 3 : 2;
        String out = "";
        int keys = 0;
        for (Object step : steps) {
            if (step instanceof Integer n) {
                out = Paths.index(out, n);
                break;
            }
            if (keys == depth) {
                break;
            }
            out = Paths.child(out, (String) step);
            keys++;
        }
        return out;
    }

    private static boolean hasProvenance(JsonNode node) {
        return node != null && node.isObject()
                && Provenance.Kind.inFiles().stream().anyMatch(k -> node.has(k.key()));
    }

    private static String provenance(JsonNode root, JsonNode node) {
        if (node == null || !node.isObject()) {
            return "";
        }
        for (Provenance.Kind kind : Provenance.Kind.inFiles()) {
            if (node.has(kind.key())) {
                return kind.key() + ": " + nl.impact.scenario.Citations.text(root, node.get(kind.key()));
            }
        }
        return "";
    }

    private String afterProvenance(String group) {
        List<String> overrides = afterSources.overridesTouching(group);
        if (!overrides.isEmpty()) {
            return Provenance.Kind.OVERRIDE.key() + ": " + String.join(", ", overrides);
        }
        return provenance(after, DocumentPaths.at(after, group));
    }
}
