package nl.impact.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.impact.model.Limits;
import nl.impact.model.Paths;
import nl.impact.model.SourceMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Applies {@code --set} overrides to a parsed document before it is read, so an override is validated
 * exactly like the file. Each path must exist; the source map remembers which paths the command line
 * set, so problems there name the override and the figures read from them get provenance
 * {@code override}. A value is one YAML scalar, or one map or list in flow style, and passes the same
 * gate as the file: the {@link TextGate} for every key and text, each key once, the limits on nesting
 * and size.
 */
final class Overrides {

    /** The keys that hold a parameter's value: a map set on a parameter replaces these and keeps the rest. */
    private static final Set<String> VALUE_KEYS = Set.of("value", "perYear", "min", "max", "expected", "formula",
            ExcelValues.KEY);
    /** The section whose table's cells {@code --set areas.CODE.column=VALUE} sets. */
    private static final String AREAS = "areas";
    private static final String ONE_VALUE = "expected one value: a number, a text, or a map or list in flow style "
            + "such as {min: 100, max: 140}";

    private Overrides() {
    }

    static void apply(JsonNode root, List<ScenarioOverride> overrides, ObjectMapper mapper, SourceMap sourceMap)
            throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        for (ScenarioOverride override : overrides) {
            if (isCell(root, Paths.steps(override.path()))) {
                problems.addAll(cell(override, mapper, sourceMap));
                continue;
            }
            // The value's numbers as written, so that 7.000 on the command line is warned about as in the file.
            SourceMap written = new SourceMap();
            List<String> replaced = new ArrayList<>();
            List<Problem> found = applyOne(root, override, mapper, written, replaced);
            if (!found.isEmpty()) {
                problems.addAll(found);
            } else {
                sourceMap.putOverride(Paths.of(Paths.steps(override.path())), override.label());
                sourceMap.putNumberTexts(replaced, written);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Sets the value and returns no problems, or says why it cannot; {@code written} receives the
     * value's numbers as written, {@code replaced} the paths whose values it replaced.
     */
    private static List<Problem> applyOne(JsonNode root, ScenarioOverride override, ObjectMapper mapper,
            SourceMap written, List<String> replaced) {
        List<Object> steps = Paths.steps(override.path());
        if (steps == null || steps.isEmpty()) {
            return problem(override, "expected a path such as kernaanpakken.welzijn-op-recept.clientenPerFte.value "
                    + "(a key with . [ ] \" \\ = or spaces at its ends in double quotes: domains.\"Zvw [NL]\".financier)");
        }
        if (steps.size() > Limits.MAX_DEPTH) {
            return problem(override, "a path of " + steps.size() + " steps; a scenario nests at most "
                    + Limits.MAX_DEPTH + " levels deep (the limit on nesting)");
        }
        if (override.value().isEmpty()) {
            return problem(override, "expected a value after '=', e.g. 120 or {min: 100, max: 140}");
        }
        String shape = shape(override.value());
        if (shape != null) {
            return problem(override, shape);
        }
        String path = Paths.of(steps);
        List<Problem> gated = gate(override, path, steps.size(), written);
        if (!gated.isEmpty()) {
            return gated;
        }
        JsonNode value;
        try {
            value = mapper.readTree(override.value());
        } catch (JsonProcessingException e) {
            return problem(override, "the value is not valid YAML: " + e.getOriginalMessage());
        }
        if (value == null || value.isMissingNode() || value.isNull()) {
            return problem(override, "expected a value after '=', e.g. 120 or {min: 100, max: 140}");
        }
        JsonNode parent = root;
        String walked = "";
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            JsonNode next = DocumentPaths.child(parent, step);
            walked = step instanceof Integer n ? Paths.index(walked, n) : Paths.child(walked, (String) step);
            if (next == null) {
                return problem(override, "no such path in the scenario: '" + walked + "' does not exist");
            }
            parent = next;
        }
        Object last = steps.get(steps.size() - 1);
        JsonNode old = DocumentPaths.child(parent, last);
        if (old == null) {
            return problem(override, "no such path in the scenario: '" + path + "' does not exist");
        }
        JsonNode replacement = merged(old, value);
        replaced.addAll(replacement == value ? List.of(path)
                : VALUE_KEYS.stream().map(k -> Paths.child(path, k)).toList());
        if (last instanceof Integer n) {
            ((ArrayNode) parent).set(n, replacement);
        } else {
            ((ObjectNode) parent).set((String) last, replacement);
        }
        return List.of();
    }

    /**
     * True for a path the document does not hold that names a cell of its area table: {@code areas},
     * an area's code (which may hold dots), a column. The table's reader checks that both exist.
     */
    private static boolean isCell(JsonNode root, List<Object> steps) {
        if (steps == null || steps.size() < 3 || !AREAS.equals(steps.get(0)) || !root.path(AREAS).isObject()
                || steps.size() > Limits.MAX_DEPTH || steps.stream().anyMatch(s -> !(s instanceof String))) {
            return false;
        }
        return DocumentPaths.at(root, Paths.of(steps)) == null;
    }

    /**
     * A cell of the area table: one value as the table would hold it, through the same gate as any
     * value; the table's reader puts it in place of the cell and checks it as the cell's own.
     */
    private static List<Problem> cell(ScenarioOverride override, ObjectMapper mapper, SourceMap sourceMap) {
        List<Object> steps = Paths.steps(override.path());
        if (override.value().isEmpty()) {
            return problem(override, "expected a value after '=', e.g. 2025");
        }
        String shape = shape(override.value());
        if (shape != null) {
            return problem(override, shape);
        }
        List<Problem> gated = gate(override, Paths.of(steps), steps.size(), new SourceMap());
        if (!gated.isEmpty()) {
            return gated;
        }
        JsonNode value;
        try {
            value = mapper.readTree(override.value());
        } catch (JsonProcessingException e) {
            return problem(override, "the value is not valid YAML: " + e.getOriginalMessage());
        }
        if (value == null || !value.isValueNode() || value.isNull()) {
            return problem(override, "a cell of the area table holds one value: a number (or true or false), e.g. 2025");
        }
        StringBuilder code = new StringBuilder();
        for (Object step : steps.subList(1, steps.size() - 1)) {
            code.append(code.length() > 0 ? "." : "").append(step);
        }
        // As the table would hold it: a quoted text without its quotes, anything else as written.
        String text = value.isTextual() ? value.asText() : override.value().strip();
        sourceMap.putCell(new SourceMap.Cell(code.toString(), (String) steps.get(steps.size() - 1), text,
                override.label()));
        return List.of();
    }

    private static List<Problem> problem(ScenarioOverride override, String message) {
        return List.of(new Problem(override.label(), 0, 0, "", message));
    }

    /**
     * Why the value is not one scalar or one flow map or list, or null when it is: a block map
     * ({@code a: 1}), a second document, an anchor, alias or tag would each make a command line
     * mean more than it shows.
     */
    private static String shape(String value) {
        int documents = 0;
        int depth = 0;
        try {
            for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(value))) {
                if (event instanceof DocumentStartEvent start) {
                    if (++documents > 1) {
                        return "a second YAML document in the value; " + ONE_VALUE;
                    }
                    if (start.getExplicit()) {
                        return "a YAML document ('---') in the value; " + ONE_VALUE;
                    }
                } else if (event.is(Event.ID.Alias)) {
                    return "an alias (*) in the value; " + ONE_VALUE;
                } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    return "an anchor (&" + node.getAnchor() + ") in the value; " + ONE_VALUE;
                } else if (event instanceof ScalarEvent scalar && scalar.getTag() != null
                        || event instanceof CollectionStartEvent collection && collection.getTag() != null) {
                    return "a tag (!) in the value; " + ONE_VALUE;
                }
                if (event instanceof CollectionStartEvent collection) {
                    if (depth == 0 && !collection.isFlow()) {
                        return "a map or list in block style; " + ONE_VALUE;
                    }
                    depth++;
                } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                    depth--;
                }
            }
        } catch (MarkedYAMLException e) {
            SourceLines lines = new SourceLines(value, true);
            YamlMistakes.Explained why = new YamlMistakes(value, lines).explain(e);
            int at = lines.offset(why.line(), why.column());
            return "the value is not valid YAML: " + why.message() + (at < 0 ? "" : " (at character " + (at + 1) + ")");
        } catch (YAMLException e) {
            return "the value is not valid YAML";
        }
        return null;
    }

    /**
     * The value through the same pass as a file: every key and text through the {@link TextGate},
     * each key once in its map, the nesting of the path and the value together within the limit.
     * Problems name the override, and the path inside the value when it is deeper than the override's.
     */
    private static List<Problem> gate(ScenarioOverride override, String path, int depth, SourceMap positions) {
        Problems found = new Problems(override.label(), positions);
        List<Problem> raw = new ArrayList<>();
        try {
            SourceDocument.index(new YAMLFactory(), override.value(), positions, found, path, depth);
            raw.addAll(found.list());
        } catch (InvalidInputException e) {
            raw.addAll(found.list());
            raw.addAll(e.problems());
        } catch (IOException e) {
            return problem(override, "the value is not valid YAML");
        }
        return raw.stream().map(p -> new Problem(override.label(), 0, 0, p.path().equals(path) ? "" : p.path(),
                p.message())).toList();
    }

    /**
     * A map set on a parameter (a map with a value key, or a workbook's cell) replaces its value and
     * keeps its unit, kind, description and provenance; so does a number, which is its {@code value}:
     * {@code --set kernaanpakken.k.clientenPerFte=120}, the path the register and the diff name it
     * by. Any other value replaces the node as it is.
     */
    private static JsonNode merged(JsonNode old, JsonNode value) {
        if (!old.isObject() || !(value.isObject() || value.isNumber()) || VALUE_KEYS.stream().noneMatch(old::has)) {
            return value;
        }
        ObjectNode copy = ((ObjectNode) old).deepCopy();
        copy.remove(VALUE_KEYS);
        if (value.isNumber()) {
            copy.set("value", value);
        } else {
            copy.setAll((ObjectNode) value);
        }
        return copy;
    }
}
