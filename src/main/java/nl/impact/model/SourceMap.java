package nl.impact.model;

import java.util.HashMap;
import java.util.Map;

/** Where each path of a parsed document starts in its file, so messages can name line and column. */
public final class SourceMap {

    public record Location(int line, int column) {
    }

    /**
     * A value the command line gives for a cell of the area table, which the document does not hold:
     * {@code --set areas.WK091701.startjaar=2025}. The table's reader puts it in place of the cell and
     * checks it as it checks the cell.
     *
     * @param value the value as written (a quoted YAML text without its quotes)
     * @param label the override as the user wrote it
     */
    public record Cell(String code, String column, String value, String label) {
    }

    private final Map<String, Location> locations = new HashMap<>();
    private final Map<String, String> numberTexts = new HashMap<>();
    /** Paths whose value a command-line override replaced, with the override as the user wrote it. */
    private final Map<String, String> overrides = new java.util.TreeMap<>();
    /** Cells of the area table the command line sets, in the order given (a later one of the same cell wins). */
    private final Map<String, Cell> cells = new java.util.LinkedHashMap<>();

    /** A copy to record more in (overrides applied to a copy of the document), this one left as it is. */
    public SourceMap copy() {
        SourceMap copy = new SourceMap();
        copy.locations.putAll(locations);
        copy.numberTexts.putAll(numberTexts);
        copy.overrides.putAll(overrides);
        copy.cells.putAll(cells);
        return copy;
    }

    /** Records where {@code path} starts; the first record wins. */
    public void put(String path, Location location) {
        locations.putIfAbsent(path, location);
    }

    /** Records where a scalar value stands, in place of its key: a message about a value points at it. */
    public void putValue(String path, Location location) {
        locations.put(path, location);
    }

    /**
     * Records a number with a fraction as it is written: YAML reads {@code 6.000} as 6, and only the
     * text shows that it may have been meant as six thousand.
     */
    public void putNumberText(String path, String text) {
        numberTexts.put(path, text);
    }

    /**
     * Takes the numbers' texts of a value set at {@code path} from its own map, forgetting those of
     * the values it replaced (at {@code replaced} and below).
     */
    public void putNumberTexts(java.util.List<String> replaced, SourceMap value) {
        numberTexts.keySet().removeIf(p -> replaced.stream().anyMatch(r -> p.equals(r) || Paths.isBelow(p, r)));
        numberTexts.putAll(value.numberTexts);
    }

    /** The text of the number with a fraction at {@code path}, as written; empty for others. */
    public java.util.Optional<String> numberText(String path) {
        return java.util.Optional.ofNullable(numberTexts.get(path));
    }

    /** The deepest path that exists in the document: {@code path} itself or its nearest ancestor. */
    public String resolve(String path) {
        String p = path;
        while (!p.isEmpty() && !locations.containsKey(p)) {
            p = Paths.parent(p);
        }
        return p;
    }

    /** The location of {@code path}, or of its nearest enclosing path that has one. */
    public Location locate(String path) {
        return locations.getOrDefault(resolve(path), new Location(0, 0));
    }

    /** Records that {@code path} was set on the command line by {@code label} (e.g. {@code --set a.b=1}). */
    public void putOverride(String path, String label) {
        overrides.put(path, label);
    }

    /** The override that set {@code path} or one of its ancestors: problems there are the command line's. */
    public java.util.Optional<String> overrideOf(String path) {
        for (String p = path; ; p = Paths.parent(p)) {
            String label = overrides.get(p);
            if (label != null || p.isEmpty()) {
                return java.util.Optional.ofNullable(label);
            }
        }
    }

    /** Records that the command line sets a cell of the area table. */
    public void putCell(Cell cell) {
        cells.remove(cell.code() + "\n" + cell.column());
        cells.put(cell.code() + "\n" + cell.column(), cell);
    }

    /** The cells of the area table the command line sets. */
    public java.util.List<Cell> cells() {
        return java.util.List.copyOf(cells.values());
    }

    /**
     * The overrides that set {@code path}, an ancestor or a descendant of it, in path order: a
     * parameter whose {@code value} was set is a what-if as a whole.
     */
    public java.util.List<String> overridesTouching(String path) {
        java.util.List<String> found = new java.util.ArrayList<>();
        overrideOf(path).ifPresent(found::add);
        overrides.forEach((p, label) -> {
            if (Paths.isBelow(p, path) && !found.contains(label)) {
                found.add(label);
            }
        });
        return found;
    }
}
