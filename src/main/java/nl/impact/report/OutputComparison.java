package nl.impact.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How a directory of outputs differs from freshly computed ones, file by file and byte by byte.
 * Paths are relative, with {@code /} between folders, sorted, so the list reads the same everywhere.
 *
 * @param differing in both, with different content
 * @param missing computed but not in the checked directory
 * @param extra in the checked directory but not computed
 */
public record OutputComparison(List<String> differing, List<String> missing, List<String> extra,
        Map<String, RowChanges> rows) {

    /** How many rows shown per differing CSV. */
    public static final int ROWS_SHOWN = 20;

    /** The first {@link #ROWS_SHOWN} rows that differ in one CSV, and how many differ in all. */
    public record RowChanges(List<CsvRowChanges.Row> shown, int total) {
    }

    public OutputComparison {
        differing = List.copyOf(differing);
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        rows = Map.copyOf(rows);
    }

    public OutputComparison(List<String> differing, List<String> missing, List<String> extra) {
        this(differing, missing, extra, Map.of());
    }

    public boolean identical() {
        return differing.isEmpty() && missing.isEmpty() && extra.isEmpty();
    }

    /** Compares {@code checked} (what is there) with {@code computed} (what should be); changes neither. */
    public static OutputComparison of(Path checked, Path computed) throws IOException {
        SortedSet<String> there = files(checked);
        SortedSet<String> expected = files(computed);
        List<String> differing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String file : expected) {
            if (!there.contains(file)) {
                missing.add(file);
            } else if (Files.mismatch(checked.resolve(file), computed.resolve(file)) != -1) {
                differing.add(file);
            }
        }
        List<String> extra = there.stream().filter(f -> !expected.contains(f)).toList();
        Map<String, RowChanges> rows = new java.util.HashMap<>();
        for (String file : differing) {
            if (file.endsWith(".csv")) {
                // While both directories exist: the computed one is scratch space.
                List<CsvRowChanges.Row> all = CsvRowChanges.of(checked.resolve(file), computed.resolve(file),
                        Integer.MAX_VALUE);
                rows.put(file, new RowChanges(all.subList(0, Math.min(ROWS_SHOWN, all.size())), all.size()));
            }
        }
        return new OutputComparison(differing, missing, extra, rows);
    }

    private static SortedSet<String> files(Path directory) throws IOException {
        SortedSet<String> files = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(OutputManifest.FILE_NAME))
                    // report.pdf depends on the Chromium that printed it and the machine's fonts, not only on
                    // the inputs: never compared, never extra (docs/outputs.md, report.pdf).
                    .filter(p -> !directory.relativize(p).toString().equals(nl.impact.report.html.ReportPdf.FILE))
                    .map(p -> directory.relativize(p).toString().replace(directory.getFileSystem().getSeparator(), "/"))
                    .forEach(files::add);
        }
        return files;
    }
}
