package nl.impact.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a budget line pays for. A fixed list rather than free text, so that lines can be added up per
 * category in the workbooks and a typo is caught when the scenario is read.
 */
public enum BudgetCategory {
    PERSONNEL, MATERIAL, ICT, RESEARCH, MAATWERKBUDGET, COMMUNICATION, TRAINING, OTHER;

    /** The key used in scenario files and outputs: {@code personnel}, {@code maatwerkbudget}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BudgetCategory> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(BudgetCategory::key).toList();
    }
}
