package nl.impact.monitor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a row of a realisations file reports: a KPI value (per year), a milestone reached or not, money
 * spent on a budget line, or a volume a kernaanpak reached (per half year). In a CSV the column
 * {@code kind} says it; in a workbook, the sheet the row stands on.
 */
enum RealisationKind {
    KPI("kpi", "kpis"),
    MILESTONE("milestone", "milestones"),
    SPEND("spend", "spend"),
    VOLUME("volume", "volumes");

    private final String key;
    private final String sheet;

    RealisationKind(String key, String sheet) {
        this.key = key;
        this.sheet = sheet;
    }

    /** The word in the {@code kind} column. */
    String key() {
        return key;
    }

    /** The name of its sheet in a workbook. */
    String sheet() {
        return sheet;
    }

    static Optional<RealisationKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    static Optional<RealisationKind> fromSheet(String name) {
        return Arrays.stream(values()).filter(k -> k.sheet.equalsIgnoreCase(name)).findFirst();
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(k -> k.key).toList();
    }

    static List<String> sheets() {
        return Arrays.stream(values()).map(k -> k.sheet).toList();
    }
}
