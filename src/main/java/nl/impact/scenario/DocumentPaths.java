package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.impact.model.Paths;

/**
 * Paths as messages write them ({@code kernaanpakken.x.effects[0].amounts.Wmo}, {@code domains."Zvw [NL]"})
 * taken apart into steps (a key, or a list index as an Integer) and followed through a parsed document.
 */
public final class DocumentPaths {

    private DocumentPaths() {
    }

    /** The keys and indexes of a path ({@link Paths#steps}); empty for the root; null when it is malformed. */
    public static List<Object> steps(String path) {
        return Paths.steps(path);
    }

    /** The child a step names, or null when there is none. */
    public static JsonNode child(JsonNode node, Object step) {
        if (step instanceof Integer n) {
            return node.isArray() && n < node.size() ? node.get(n) : null;
        }
        return node.isObject() ? node.get((String) step) : null;
    }

    /** The node at {@code path}, or null when the path does not exist. */
    public static JsonNode at(JsonNode root, String path) {
        List<Object> steps = steps(path);
        JsonNode node = steps == null ? null : root;
        for (int i = 0; node != null && i < steps.size(); i++) {
            node = child(node, steps.get(i));
        }
        return node;
    }
}
