package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paths as messages write them ({@code kernaanpakken.x.effects[0].amounts.Wmo}) taken apart into steps
 * (a key, or a list index as an Integer) and followed through a parsed document.
 */
public final class DocumentPaths {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d{1,9}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private DocumentPaths() {
    }

    /** The keys and indexes of a dotted path; empty for the root; null when it is malformed. */
    public static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        if (path.isEmpty()) {
            return steps;
        }
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                return null;
            }
            steps.add(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                steps.add(Integer.valueOf(index.group(1)));
            }
        }
        return steps;
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
