package nl.impact.model;

import java.util.Collection;
import java.util.Comparator;
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

    /**
     * The least certain of several kinds, for a figure computed from others: a product of a sourced
     * quantity and an assumed tariff is an assumption. From most to least certain: source, derived,
     * assumption, placeholder.
     */
    public static Kind weakest(Collection<Kind> kinds) {
        return kinds.stream().max(Comparator.comparingInt(Provenance::uncertainty)).orElse(Kind.DERIVED);
    }

    private static int uncertainty(Kind kind) {
        return switch (kind) {
            case SOURCE -> 0;
            case DERIVED -> 1;
            case ASSUMPTION -> 2;
            case PLACEHOLDER -> 3;
        };
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
