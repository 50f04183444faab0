package nl.impact.report;

import nl.impact.engine.BreakEven;

/**
 * The break-even year as the workbook and the report show it, in Dutch: the year, or "geen" with
 * the reason, so that nobody reads a party that does not earn its money back as one that does.
 */
public final class BreakEvenText {

    private BreakEvenText() {
    }

    /** The year, or "geen" and why. */
    public static String dutch(BreakEven breakEven) {
        return breakEven.year().isPresent() ? Integer.toString(breakEven.year().getAsInt())
                : dutch(breakEven.none().orElseThrow());
    }

    /** Why there is no break-even year. */
    public static String dutch(BreakEven.None none) {
        return switch (none) {
            case ENDS_NEGATIVE -> "geen: cumulatief netto eindigt negatief";
            case NO_FLOWS -> "geen: geen geldstromen";
        };
    }
}
