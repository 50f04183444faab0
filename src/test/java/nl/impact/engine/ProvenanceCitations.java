package nl.impact.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The provenance texts of a scenario file, with their paths, for checks that every figure cites its source line. */
final class ProvenanceCitations {

    private ProvenanceCitations() {
    }

    /** Every {@code source}, {@code derived} and {@code assumption} text in the file, as path -> text. */
    static List<Map.Entry<String, String>> provenances(Path scenario) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(scenario.toFile());
        List<Map.Entry<String, String>> found = new ArrayList<>();
        walk(root, root, "", found);
        return found;
    }

    private static void walk(JsonNode root, JsonNode node, String path, List<Map.Entry<String, String>> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (e.getKey().equals("source") && e.getValue().isObject()) {
                    // A citation of a document: its text as every output shows it.
                    found.add(Map.entry(child, nl.impact.scenario.Citations.text(root, e.getValue())));
                } else if ((e.getKey().equals("source") || e.getKey().equals("derived") || e.getKey().equals("assumption")) && e.getValue().isTextual()) {
                    found.add(Map.entry(child, e.getValue().asText()));
                } else {
                    walk(root, e.getValue(), child, found);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(root, node.get(i), path + "[" + i + "]", found);
            }
        }
    }
}
