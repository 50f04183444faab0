package nl.impact.scenario;

import java.util.ArrayList;
import java.util.List;
import nl.impact.model.SourceMap;

/** Collects every problem in one input, each located through the document's source map. */
public final class Problems {

    private final String file;
    private final SourceMap sourceMap;
    private final List<Problem> list = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public Problems(String file, SourceMap sourceMap) {
        this.file = file;
        this.sourceMap = sourceMap;
    }

    /** A copy that locates through {@code sourceMap}, with the problems and warnings found so far. */
    Problems copy(SourceMap sourceMap) {
        Problems copy = new Problems(file, sourceMap);
        copy.list.addAll(list);
        copy.warnings.addAll(warnings);
        return copy;
    }

    /**
     * Adds a problem at {@code path}, or at its nearest ancestor that stands in the file (a
     * formula given as a bare name has no {@code .formula} key of its own).
     */
    public void add(String path, String message) {
        java.util.Optional<String> override = sourceMap.overrideOf(path);
        if (override.isPresent()) {
            // The value came from the command line: say which override, not a line of the file.
            String label = override.get();
            String inside = label.startsWith("--set " + path + "=") ? "" : path;
            list.add(new Problem(label, 0, 0, inside, message));
            return;
        }
        String existing = sourceMap.resolve(path);
        SourceMap.Location at = sourceMap.locate(existing);
        list.add(new Problem(file, at.line(), at.column(), existing.isEmpty() ? path : existing, message));
    }

    /**
     * Adds a warning at {@code path}: likely a mistake, but not certainly one. Warnings never stop a
     * run; {@code --strict} turns them into problems. A value set on the command line is warned
     * about as its {@code --set}, as a problem there is.
     */
    public void warn(String path, String message) {
        java.util.Optional<String> override = sourceMap.overrideOf(path);
        if (override.isPresent()) {
            String label = override.get();
            warn(new Problem(label, 0, 0, label.startsWith("--set " + path + "=") ? "" : path, message));
            return;
        }
        String existing = sourceMap.resolve(path);
        SourceMap.Location at = sourceMap.locate(existing);
        warn(new Problem(file, at.line(), at.column(), existing.isEmpty() ? path : existing, message));
    }

    /** Adds a warning located by its reader (a table's row and column); the same warning once. */
    public void warn(Problem warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    /** The warnings in the order of their places: by file, line and column. */
    public List<Problem> warnings() {
        return warnings.stream().sorted(java.util.Comparator.comparing(Problem::file)
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
    }

    /** Where the document's paths stand, and how its numbers are written. */
    public SourceMap sourceMap() {
        return sourceMap;
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** How many problems were found so far. */
    public int count() {
        return list.size();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** The overrides that set {@code path}, an ancestor or a descendant of it. */
    public List<String> overridesTouching(String path) {
        return sourceMap.overridesTouching(path);
    }

    public String file() {
        return file;
    }

    /** Throws when anything was found. */
    public void throwIfAny() throws InvalidInputException {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list, list.size(), warnings());
        }
    }
}
