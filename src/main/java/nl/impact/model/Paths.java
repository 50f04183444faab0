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
}
