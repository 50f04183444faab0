package nl.impact.report.simulation;

import java.util.Optional;
import nl.impact.report.HumanNumbers;

/**
 * How large {@code simulation-draws.csv.gz} will be, estimated before the first draw, and whether it
 * may be written: a billion draws of a plan would otherwise start writing some hundred gigabytes
 * without a word. The estimate takes {@value #BYTES_PER_VALUE} bytes for every value (a column of a
 * draw), above what the bundled scenarios take compressed (0.6 to 7.5 bytes), and
 * {@value #BYTES_PER_WHOLE_VALUE} for a count drawn whole (written as {@code 7.0}; PlusWIJken's take
 * 1.6); see docs/uncertainty.md.
 *
 * @param columns the values of one draw: its number, the drawn parameters, the nets
 * @param wholeColumns how many of them are counts drawn as whole numbers
 */
public record ExportSize(int columns, int wholeColumns, long draws) {

    /** Compressed bytes per value the estimate takes. */
    public static final int BYTES_PER_VALUE = 9;

    /** Compressed bytes per value of a count drawn whole. */
    public static final int BYTES_PER_WHOLE_VALUE = 3;

    /** The largest export, by its estimate: 2 GB, some 15 million draws of a plan like PlusWIJken. */
    public static final long MAX_BYTES = 2_000_000_000L;

    /** An export without counts drawn whole. */
    public ExportSize(int columns, long draws) {
        this(columns, 0, draws);
    }

    /** The estimated size of the file in bytes (at most {@link Long#MAX_VALUE}). */
    public long bytes() {
        long perDraw = perDraw();
        return draws > Long.MAX_VALUE / perDraw ? Long.MAX_VALUE : draws * perDraw;
    }

    /** The most draws whose export stays within the limit. */
    public long maxDraws() {
        return MAX_BYTES / perDraw();
    }

    private long perDraw() {
        return (long) (columns - wholeColumns) * BYTES_PER_VALUE + (long) wholeColumns * BYTES_PER_WHOLE_VALUE;
    }

    /** Why the export may not be written with {@code freeBytes} free on the target's file system, or empty. */
    public Optional<String> refusal(long freeBytes) {
        String size = DrawsExport.FILE + " of " + HumanNumbers.of(draws, "draw", "draws") + " with "
                + HumanNumbers.of(columns, "value", "values") + " each would take about " + HumanNumbers.bytes(bytes());
        if (bytes() > MAX_BYTES) {
            return Optional.of(size + "; the limit is " + HumanNumbers.bytes(MAX_BYTES) + ": export at most "
                    + HumanNumbers.of(maxDraws()) + " draws, or simulate without --export-draws");
        }
        if (bytes() > freeBytes) {
            return Optional.of(size + ", more than the " + HumanNumbers.bytes(freeBytes) + " free on its file system; "
                    + "free some space, choose another --out, or export fewer draws");
        }
        return Optional.empty();
    }
}
