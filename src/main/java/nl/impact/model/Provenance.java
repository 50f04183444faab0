package nl.impact.model;

import java.util.Locale;

/** Where a figure comes from: a cited source, or a mark that it is an assumption, derived or a placeholder. */
public record Provenance(Kind kind, String text) {

    public enum Kind {
        SOURCE, ASSUMPTION, DERIVED, PLACEHOLDER;

        /** The key used in scenario files and outputs. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** True when the figure is not taken from a source and a reader should treat it with care. */
    public boolean isAssumed() {
        return kind == Kind.ASSUMPTION || kind == Kind.PLACEHOLDER;
    }

    @Override
    public String toString() {
        return kind.key() + ": " + text;
    }
}
