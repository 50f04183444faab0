package nl.impact.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Document paths as messages, {@code --set} and {@code impact diff} write them:
 * {@code kernaanpakken.welzijn-op-recept.fte}, {@code effects[0]}. A key that holds a character with
 * a meaning in a path ({@code . [ ] " \ =}), a newline or a tab, starts or ends with a space, or is
 * empty is written in double quotes, with {@code \"}, {@code \\}, {@code \n} and {@code \t} inside:
 * {@code domains."Zvw [NL]".financier}. So every key a scenario may hold can be named, and every path
 * reads back as the steps it was made of (docs/diff.md, "Paths").
 */
public final class Paths {

    /** Characters that end a key written without quotes. */
    private static final String SPECIAL = ".[]\"\\=";
    /** Most digits of a list index: more than any list within the limits can have. */
    private static final int INDEX_DIGITS = 9;

    private Paths() {
    }

    public static String child(String parent, String key) {
        return parent.isEmpty() ? key(key) : parent + "." + key(key);
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** A key as one step of a path: as it is, or in double quotes when it must be. */
    public static String key(String key) {
        if (!needsQuotes(key)) {
            return key;
        }
        StringBuilder sb = new StringBuilder(key.length() + 2).append('"');
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static boolean needsQuotes(String key) {
        if (key.isEmpty() || Character.isWhitespace(key.charAt(0))
                || Character.isWhitespace(key.charAt(key.length() - 1))) {
            return true;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || c == '\n' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    /** The path of these steps (a key as a String, a list index as an Integer). */
    public static String of(List<Object> steps) {
        String path = "";
        for (Object step : steps) {
            path = step instanceof Integer n ? index(path, n) : child(path, (String) step);
        }
        return path;
    }

    /**
     * The keys (Strings) and list indexes (Integers) of a path, in order; empty for the root; null when
     * the path is malformed. Reads the text once from left to right, so no path, however long, can
     * exhaust the stack.
     */
    public static List<Object> steps(String path) {
        List<Step> scanned = scan(path);
        return scanned == null ? null : scanned.stream().map(Step::value).toList();
    }

    public static String parent(String path) {
        List<Step> scanned = scan(path);
        if (scanned == null) {
            // Not a path this class wrote: cut at the last separator, which always gets shorter.
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            return cut < 0 ? "" : path.substring(0, cut);
        }
        if (scanned.isEmpty()) {
            return "";
        }
        int start = scanned.get(scanned.size() - 1).start();
        return path.substring(0, start == 0 ? 0 : scanned.get(scanned.size() - 1).value() instanceof Integer
                ? start : start - 1);
    }

    /** True when {@code path} lies strictly inside {@code ancestor} ({@code a.b} and {@code a.b[0]} inside {@code a}). */
    public static boolean isBelow(String path, String ancestor) {
        if (ancestor.isEmpty()) {
            return !path.isEmpty();
        }
        // A path ends at a step's end, so what follows it in a longer path is a separator, never quoted text.
        return path.length() > ancestor.length() && path.startsWith(ancestor)
                && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
    }

    /** One step and where it starts in the path's text (at its key or at its '['). */
    private record Step(Object value, int start) {
    }

    private static List<Step> scan(String path) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int n = path.length();
        if (n == 0) {
            return steps;
        }
        while (true) {
            int start = i;
            StringBuilder key = new StringBuilder();
            if (i < n && path.charAt(i) == '"') {
                i = quoted(path, i + 1, key);
                if (i < 0) {
                    return null;
                }
            } else {
                while (i < n && SPECIAL.indexOf(path.charAt(i)) < 0) {
                    i++;
                }
                String bare = path.substring(start, i);
                if (bare.isEmpty() || needsQuotes(bare)) {
                    return null;
                }
                key.append(bare);
            }
            steps.add(new Step(key.toString(), start));
            while (i < n && path.charAt(i) == '[') {
                int open = i;
                int close = path.indexOf(']', i);
                if (close < 0 || close == i + 1 || close - i - 1 > INDEX_DIGITS) {
                    return null;
                }
                for (int d = i + 1; d < close; d++) {
                    if (path.charAt(d) < '0' || path.charAt(d) > '9') {
                        return null;
                    }
                }
                steps.add(new Step(Integer.valueOf(path.substring(i + 1, close)), open));
                i = close + 1;
            }
            if (i == n) {
                return steps;
            }
            if (path.charAt(i) != '.') {
                return null;
            }
            i++;
        }
    }

    /** Reads a quoted key from after its opening quote into {@code key}; the index after the closing quote, or -1. */
    private static int quoted(String path, int from, StringBuilder key) {
        for (int i = from; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\') {
                if (++i == path.length()) {
                    return -1;
                }
                switch (path.charAt(i)) {
                    case '"' -> key.append('"');
                    case '\\' -> key.append('\\');
                    case 'n' -> key.append('\n');
                    case 't' -> key.append('\t');
                    default -> {
                        return -1;
                    }
                }
            } else {
                key.append(c);
            }
        }
        return -1;
    }
}
