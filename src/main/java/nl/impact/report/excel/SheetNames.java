package nl.impact.report.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts, made from scenario text: at most 31 characters, none of
 * {@code []:*?/\}, no apostrophe at either end, and unique regardless of case. The same
 * scenario always gives the same names: a clash gets {@code " (2)"}, {@code " (3)"}, ... in the
 * order the names are asked for.
 */
public final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** A safe, unique name for {@code wanted}; {@code fallback} when nothing of it is left. */
    public String claim(String wanted, String fallback) {
        String base = clean(wanted);
        if (base.isEmpty()) {
            base = clean(fallback);
        }
        if (base.isEmpty()) {
            base = "Blad";
        }
        String name = base;
        for (int n = 2; taken.contains(key(name)) || reserved(name); n++) {
            String suffix = " (" + n + ")";
            name = trim(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()))) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        String collapsed = out.toString().replaceAll("\\s+", " ").strip();
        return trim(collapsed.substring(0, Math.min(collapsed.length(), MAX_LENGTH)));
    }

    /** Strips what may not start or end a sheet name (apostrophes) and spaces left at the ends. */
    private static String trim(String name) {
        String s = name.strip();
        while (s.startsWith("'")) {
            s = s.substring(1).strip();
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static boolean reserved(String name) {
        // Excel keeps "History" for its change tracking.
        return key(name).equals("history");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A sheet name as it appears in a formula: always quoted, an apostrophe doubled. */
    public static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }
}
