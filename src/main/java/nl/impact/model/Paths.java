package nl.impact.model;

/** Dotted document paths as messages show them: {@code kernaanpakken.welzijn-op-recept.fte}, {@code effects[0]}. */
public final class Paths {

    private Paths() {
    }

    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    public static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** True when {@code path} lies strictly inside {@code ancestor} ({@code a.b} and {@code a.b[0]} inside {@code a}). */
    public static boolean isBelow(String path, String ancestor) {
        if (ancestor.isEmpty()) {
            return !path.isEmpty();
        }
        return path.length() > ancestor.length() && path.startsWith(ancestor)
                && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
    }
}
