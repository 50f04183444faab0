package nl.impact.model;

import java.util.HashMap;
import java.util.Map;

/** Where each path of a parsed document starts in its file, so messages can name line and column. */
public final class SourceMap {

    public record Location(int line, int column) {
    }

    private final Map<String, Location> locations = new HashMap<>();

    public void put(String path, Location location) {
        locations.putIfAbsent(path, location);
    }

    /** The location of {@code path}, or of its nearest enclosing path that has one. */
    public Location locate(String path) {
        String p = path;
        while (true) {
            Location location = locations.get(p);
            if (location != null || p.isEmpty()) {
                return location == null ? new Location(0, 0) : location;
            }
            p = Paths.parent(p);
        }
    }
}
