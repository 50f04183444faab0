package nl.impact.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/**
 * Where a figure comes from: a cited source, or a mark that it is an assumption, derived or a placeholder;
 * or {@code override}: a what-if given on the command line ({@code --set}), never in a file.
 */
public record Provenance(Kind kind, String text) {

    public enum Kind {
        SOURCE, ASSUMPTION, DERIVED, PLACEHOLDER, OVERRIDE;

        /** The key used in scenario files and outputs. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kinds a scenario file may give; {@code override} comes only from the command line. */
        public static java.util.List<Kind> inFiles() {
            return java.util.List.of(SOURCE, ASSUMPTION, DERIVED, PLACEHOLDER);
        }
    }

    /**
     * Appended to the provenance of a band without {@code expected}: its expected variant is the
     * midpoint, which no source gives, and every output that shows the provenance says so.
     */
    public static final String MIDPOINT_NOTE = " [verwacht: het midden van min en max, afgeleid uit de band]";

    /**
     * The kind a reader should count the figure as: a cited band whose expected value is its midpoint
     * is derived (no source gives that value); any other its own kind.
     */
    public Kind counted() {
        return kind == Kind.SOURCE && text != null && text.endsWith(MIDPOINT_NOTE) ? Kind.DERIVED : kind;
    }

    /**
     * The least certain of several kinds, for a figure computed from others: a product of a sourced
     * quantity and an assumed tariff is an assumption. From most to least certain: source, derived,
     * assumption, placeholder, override (a what-if must show in everything computed from it).
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
            case OVERRIDE -> 4;
        };
    }

    /** True when the figure is not taken from a source (or is a what-if) and a reader should treat it with care. */
    public boolean isAssumed() {
        return kind == Kind.ASSUMPTION || kind == Kind.PLACEHOLDER || kind == Kind.OVERRIDE;
    }

    @Override
    public String toString() {
        return kind.key() + ": " + text;
    }
}
