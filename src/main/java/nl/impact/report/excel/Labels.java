package nl.impact.report.excel;

import nl.impact.model.Provenance;
import nl.impact.model.Timing;
import nl.impact.model.Variant;

/** The Dutch words the workbooks use for the tool's terms, as the plan uses them. */
public final class Labels {

    private Labels() {
    }

    /** The variant column of a row that stands for all three variants: its figure is the same in each. */
    static final String ALL_VARIANTS = "alle varianten";

    /** A variant's word; null stands for all three ({@link #ALL_VARIANTS}). */
    static String variant(Variant variant) {
        if (variant == null) {
            return ALL_VARIANTS;
        }
        return switch (variant) {
            case MIN -> "minimaal";
            case EXPECTED -> "verwacht";
            case MAX -> "maximaal";
        };
    }

    public static String provenance(Provenance.Kind kind) {
        return switch (kind) {
            case SOURCE -> "bron";
            case ASSUMPTION -> "aanname";
            case DERIVED -> "afgeleid";
            case PLACEHOLDER -> "voorlopig";
            case OVERRIDE -> "wat-als (--set)";
        };
    }

    static String timing(Timing timing) {
        if (timing.equals(Timing.DIRECT)) {
            return "in het startjaar";
        }
        if (timing.equals(Timing.NEXT_YEAR)) {
            return "een jaar na het startjaar";
        }
        return (timing.offset() == 0 ? "vanaf het startjaar" : timing.offset() + " jaar na het startjaar")
                + ", " + timing.years() + " jaar lang";
    }
}
