package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.impact.model.Citation;
import nl.impact.model.Paths;

/**
 * The scenario's {@code documents} (the plan and the reports its figures come from, by key) and the
 * structured {@code source} that cites one of them by section, page and line. A citation becomes the
 * provenance's text, so every output that shows a source shows the rendered citation.
 */
public final class Citations {

    static final String SECTION = "documents";
    static final Set<String> DOCUMENT_KEYS = Set.of("title", "description");
    static final Set<String> SOURCE_KEYS = Set.of("document", "section", "page", "line", "note");

    private final Fields fields;
    private final Map<String, String> titles;

    private Citations(Fields fields, Map<String, String> titles) {
        this.fields = fields;
        this.titles = titles;
    }

    /** The documents of a scenario; absent {@code documents} means sources are plain text only. */
    static Citations read(JsonNode node, Fields fields) {
        Map<String, String> titles = new LinkedHashMap<>();
        if (node != null && fields.isObject(node, SECTION, "a map of documents by key, each with a title")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String path = Paths.child(SECTION, entry.getKey());
                if (!fields.key(entry.getKey(), path)
                        || !fields.isObject(entry.getValue(), path, "a document (a map with its title)")) {
                    continue;
                }
                fields.onlyKeys(entry.getValue(), path, DOCUMENT_KEYS);
                fields.text(entry.getValue(), "description", path, false);
                fields.text(entry.getValue(), "title", path, true).ifPresent(t -> titles.put(entry.getKey(), t));
            }
        }
        return new Citations(fields, titles);
    }

    /**
     * A {@code source} of a parsed document as its reader shows it, without validating it: plain text
     * as written, a citation rendered with its document's title from {@code root}'s documents (for
     * tools that compare documents, such as {@code impact diff}).
     */
    public static String text(JsonNode root, JsonNode source) {
        if (source == null || !source.isObject()) {
            return source == null ? "" : source.asText();
        }
        String key = source.path("document").asText();
        String title = root == null ? "" : root.path(SECTION).path(key).path("title").asText();
        return new Citation(title.isEmpty() ? key : title, optional(source, "section"), optional(source, "page"),
                optional(source, "line"), optional(source, "note")).render();
    }

    private static String optional(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText();
    }

    /** For readers used without a scenario's documents (tests, parts read on their own). */
    static Citations none(Fields fields) {
        return new Citations(fields, Map.of());
    }

    /**
     * A {@code source}: plain text as written, or a citation of a document by section and/or page
     * (a line alone is not enough: no reader of the plan has the text extraction's lines).
     */
    Optional<String> source(JsonNode parent, String path) {
        JsonNode node = parent.get("source");
        if (node == null || !node.isObject()) {
            return fields.text(parent, "source", path, true);
        }
        String at = Paths.child(path, "source");
        int before = fields.problems().list().size();
        fields.onlyKeys(node, at, SOURCE_KEYS);
        Optional<String> document = fields.text(node, "document", at, true);
        Optional<String> section = fields.text(node, "section", at, false).filter(t -> !t.isBlank());
        Optional<String> page = fields.text(node, "page", at, false).filter(t -> !t.isBlank());
        Optional<String> line = fields.text(node, "line", at, false).filter(t -> !t.isBlank());
        Optional<String> note = fields.text(node, "note", at, false).filter(t -> !t.isBlank());
        if (document.isPresent() && !titles.containsKey(document.get())) {
            fields.problems().add(Paths.child(at, "document"), "unknown document '" + document.get() + "'; "
                    + (titles.isEmpty() ? "declare it under 'documents' with its title"
                    : "expected one of " + String.join(", ", titles.keySet().stream().sorted().toList())));
        }
        if (section.isEmpty() && page.isEmpty()) {
            fields.problems().add(at, "a citation needs 'section' or 'page': a place a reader of the document "
                    + "can find ('line' only supplements them)");
        }
        if (fields.problems().list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Citation(titles.get(document.get()), section.orElse(null), page.orElse(null),
                line.orElse(null), note.orElse(null)).render());
    }
}
