package nl.impact.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.impact.model.SourceMap;

/**
 * Applies {@code --set} overrides to a parsed document before it is read, so an override is validated
 * exactly like the file. Each path must exist; the source map remembers which paths the command line
 * set, so problems there name the override and the figures read from them get provenance
 * {@code override}.
 */
final class Overrides {

    /** The keys that hold a parameter's value: a map set on a parameter replaces these and keeps the rest. */
    private static final Set<String> VALUE_KEYS = Set.of("value", "perYear", "min", "max", "expected", "formula");

    private Overrides() {
    }

    static void apply(JsonNode root, List<ScenarioOverride> overrides, ObjectMapper mapper, SourceMap sourceMap)
            throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        for (ScenarioOverride override : overrides) {
            String problem = applyOne(root, override, mapper);
            if (problem != null) {
                problems.add(new Problem(override.label(), 0, 0, "", problem));
            } else {
                sourceMap.putOverride(override.path(), override.label());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Sets the value and returns null, or says why it cannot. */
    private static String applyOne(JsonNode root, ScenarioOverride override, ObjectMapper mapper) {
        JsonNode value;
        try {
            value = override.value().isEmpty() ? null : mapper.readTree(override.value());
        } catch (JsonProcessingException e) {
            return "the value is not valid YAML: " + e.getOriginalMessage();
        }
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "expected a value after '=', e.g. 120 or {min: 100, max: 140}";
        }
        List<Object> steps = DocumentPaths.steps(override.path());
        if (steps == null) {
            return "expected a path such as kernaanpakken.welzijn-op-recept.clientenPerFte.value";
        }
        JsonNode parent = root;
        String walked = "";
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            JsonNode next = DocumentPaths.child(parent, step);
            walked = walked + (step instanceof Integer n ? "[" + n + "]" : (walked.isEmpty() ? "" : ".") + step);
            if (next == null) {
                return "no such path in the scenario: '" + walked + "' does not exist";
            }
            parent = next;
        }
        Object last = steps.get(steps.size() - 1);
        JsonNode old = DocumentPaths.child(parent, last);
        if (old == null) {
            return "no such path in the scenario: '" + override.path() + "' does not exist";
        }
        JsonNode replacement = merged(old, value);
        if (last instanceof Integer n) {
            ((ArrayNode) parent).set(n, replacement);
        } else {
            ((ObjectNode) parent).set((String) last, replacement);
        }
        return null;
    }

    /**
     * A map set on a parameter (a map with a value key) replaces its value and keeps its unit, kind,
     * description and provenance; any other value replaces the node as it is.
     */
    private static JsonNode merged(JsonNode old, JsonNode value) {
        if (!old.isObject() || !value.isObject() || VALUE_KEYS.stream().noneMatch(old::has)) {
            return value;
        }
        ObjectNode copy = ((ObjectNode) old).deepCopy();
        copy.remove(VALUE_KEYS);
        copy.setAll((ObjectNode) value);
        return copy;
    }
}
