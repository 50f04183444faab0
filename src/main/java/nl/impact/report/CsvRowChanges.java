package nl.impact.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows that differ between two versions of one CSV output, matched by their key columns (the
 * columns that say what a row is about: kernaanpak, financier, year...), so a check can say what changed
 * rather than only which file.
 */
public final class CsvRowChanges {

    /** The columns of the outputs (docs/outputs.md) that identify a row rather than hold a figure. */
    static final Set<String> KEY_COLUMNS = Set.of("line", "post", "kernaanpak", "category", "financier", "year",
            "dimension", "key", "variant", "measure", "effect", "domain", "kpi", "quantity", "unit");

    /** One row that changed, was added or was removed; {@code changes} is {@code column: old -> new}. */
    public record Row(String key, String kind, List<String> changes) {

        public String format() {
            return kind + " " + key + (changes.isEmpty() ? "" : ": " + String.join(", ", changes));
        }
    }

    private CsvRowChanges() {
    }

    /**
     * The rows of {@code computed} that differ from {@code checked}, in file order (removed rows last),
     * at most {@code limit}.
     */
    public static List<Row> of(Path checked, Path computed, int limit) throws IOException {
        Map<String, CSVRecord> old = rows(checked);
        Map<String, CSVRecord> now = rows(computed);
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, CSVRecord> e : now.entrySet()) {
            CSVRecord before = old.get(e.getKey());
            if (before == null) {
                out.add(new Row(e.getKey(), "added", List.of()));
                continue;
            }
            List<String> changes = new ArrayList<>();
            Map<String, String> a = before.toMap();
            e.getValue().toMap().forEach((column, value) -> {
                String was = a.get(column);
                if (!value.equals(was)) {
                    changes.add(column + ": " + (was == null ? "(none)" : was) + " -> " + value);
                }
            });
            if (!changes.isEmpty()) {
                out.add(new Row(e.getKey(), "changed", changes));
            }
        }
        old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> out.add(new Row(k, "removed", List.of())));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** Rows by their key columns' values ({@code kernaanpak=k, year=2025}); a repeated key gets its number. */
    private static Map<String, CSVRecord> rows(Path file) throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                        .parse(reader)) {
            List<String> header = parser.getHeaderNames();
            List<String> keys = header.stream().filter(KEY_COLUMNS::contains).toList();
            for (CSVRecord record : parser) {
                List<String> parts = new ArrayList<>();
                for (String k : keys.isEmpty() ? header.subList(0, 1) : keys) {
                    parts.add(k + "=" + (record.isSet(k) ? record.get(k) : ""));
                }
                String key = String.join(", ", parts);
                String unique = key;
                for (int n = 2; rows.containsKey(unique); n++) {
                    unique = key + " (#" + n + ")";
                }
                rows.put(unique, record);
            }
        }
        return rows;
    }
}
