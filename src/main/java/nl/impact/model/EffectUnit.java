package nl.impact.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an effect's amounts count: euros (the business case), or labour the plan states in hours,
 * FTE or persons. Labour never enters the euro business case; it is reported as capacity.
 */
public enum EffectUnit {
    EURO("euro", "€"),
    UUR("uur", "uur"),
    FTE("fte", "fte"),
    PERSONEN("personen", "personen");

    private final String key;
    private final String label;

    EffectUnit(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The key in scenario files and CSVs. */
    public String key() {
        return key;
    }

    /** The unit as the workbooks show it. */
    public String label() {
        return label;
    }

    public boolean isEuro() {
        return this == EURO;
    }

    public static Optional<EffectUnit> fromKey(String key) {
        return Arrays.stream(values()).filter(u -> u.key.equals(key)).findFirst();
    }

    /** Every key, for messages and the schema. */
    public static String keys() {
        return Arrays.stream(values()).map(EffectUnit::key).collect(Collectors.joining(", "));
    }
}
