package nl.impact.report.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source most of a sheet's inputs cite, said once above the table so that each row's Toelichting
 * gives only what differs: the line and the note. A citation reads "document, § section[, p. page]
 * (regel n): note" ({@code nl.impact.model.Citation}); its head is the part before the line. Bronnen
 * en aannames keeps every citation whole.
 */
final class CommonSource {

    /** A head cited fewer times, or shorter, is written out in each row. */
    private static final int MIN_TIMES = 3;
    private static final int MIN_LENGTH = 20;

    private final String head;

    private CommonSource(String head) {
        this.head = head;
    }

    /** The head most of {@code citations} share (at least three of them), or none. */
    static CommonSource of(List<String> citations) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : citations) {
            int line = text.indexOf(" (regel");
            if (line >= MIN_LENGTH) {
                counts.merge(text.substring(0, line), 1, Integer::sum);
            }
        }
        return new CommonSource(counts.entrySet().stream().filter(e -> e.getValue() >= MIN_TIMES)
                // The most cited; of two cited as often, the first in the alphabet: the same whatever the map's order.
                .max(java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null));
    }

    /** The shared head, when there is one. */
    Optional<String> head() {
        return Optional.ofNullable(head);
    }

    /** {@code citation} without the shared head ("regel 1051: directe kosten"), or whole when it cites another place. */
    String rest(String citation) {
        if (head == null || !citation.startsWith(head) || citation.length() > head.length()
                && " :".indexOf(citation.charAt(head.length())) < 0) {
            return citation;
        }
        String rest = citation.substring(head.length()).strip();
        if (rest.startsWith("(regel")) {
            int close = rest.indexOf(')');
            rest = rest.substring(1, close) + rest.substring(close + 1);
        } else if (rest.startsWith(":")) {
            rest = rest.substring(1).strip();
        }
        return rest;
    }
}
