package nl.impact.model;

import java.util.HashMap;
import java.util.Map;

/** Where each path of a parsed document starts in its file, so messages can name line and column. */
public final class SourceMap {

    public record Location(int line, int column) {
    }

    private final Map<String, Location> locations = new HashMap<>();

    /** Records where {@code path} starts; the first record wins. */
    public void put(String path, Location location) {
        locations.putIfAbsent(path, location);
    }

    /** Records where a scalar value stands, in place of its key: a message about a value points at it. */
    public void putValue(String path, Location location) {
        locations.put(path, location);
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
}
