package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import nl.impact.model.SourceMap;

/**
 * A scenario file's text with numbers set anew, each written in place of the number it replaces,
 * at the position the source map gives: every other character (comments, layout, quotes, order)
 * stays as it was, so the change reads as a one-line diff. Only a number the file writes itself can
 * be patched so; anything else (a value the file lacks, a cell of an area table, a map) is refused
 * with a message saying to use the {@code --set} option instead.
 */
public final class ScenarioPatch {

    /** A plain number as a --set value may give it, and as it may be written in place of another. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private ScenarioPatch() {
    }

    private record Edit(int from, int to, String text) {
    }

    /** {@code document}'s text ({@code text}, as read) with each of {@code sets} written into it. */
    public static String apply(SourceDocument document, String text, List<ScenarioOverride> sets)
            throws InvalidInputException {
        int[] lineStarts = lineStarts(text);
        List<Edit> edits = new ArrayList<>();
        List<Problem> refused = new ArrayList<>();
        SourceMap map = document.sourceMap();
        for (ScenarioOverride set : sets) {
            JsonNode node = DocumentPaths.at(document.root(), set.path());
            SourceMap.Location location = map.locate(set.path());
            String why = null;
            if (node == null || !node.isNumber() || !map.resolve(set.path()).equals(set.path())) {
                why = "the file writes no number there";
            } else if (!NUMBER.matcher(set.value()).matches()) {
                why = "the value is not one plain number";
            } else if (location.line() < 1 || location.line() > lineStarts.length) {
                why = "its place in the file is unknown";
            } else {
                int from = lineStarts[location.line() - 1] + location.column() - 1;
                int to = end(text, from);
                String written = from < to ? text.substring(from, to) : "";
                if (!NUMBER.matcher(written).matches() || new BigDecimal(written).compareTo(node.decimalValue()) != 0) {
                    why = "its text in the file is not the number read there";
                } else {
                    edits.add(new Edit(from, to, set.value()));
                }
            }
            if (why != null) {
                refused.add(new Problem(document.file().toString(), location.line(), location.column(), set.path(),
                        "cannot be written into the file's text (" + why + "); use " + set.label() + " instead"));
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        edits.sort(Comparator.comparingInt(Edit::from).reversed());
        StringBuilder out = new StringBuilder(text);
        for (Edit edit : edits) {
            out.replace(edit.from(), edit.to(), edit.text());
        }
        return out.toString();
    }

    /** Where a plain number starting at {@code from} ends. */
    private static int end(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
