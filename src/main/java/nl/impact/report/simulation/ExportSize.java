package nl.impact.report.simulation;

import java.util.Optional;
import nl.impact.report.HumanNumbers;

/**
 * How large {@code simulation-draws.csv.gz} will be, estimated before the first draw, and whether it
 * may be written: a billion draws of a plan would otherwise start writing some hundred gigabytes
 * without a word. The estimate takes {@value #BYTES_PER_VALUE} bytes for every value (a column of a
 * draw), above what the bundled scenarios take compressed (0.6 to 8.1 bytes); see docs/uncertainty.md.
 *
 * @param columns the values of one draw: its number, the drawn parameters, the nets
 */
public record ExportSize(int columns, long draws) {

    /** Compressed bytes per value the estimate takes. */
    public static final int BYTES_PER_VALUE = 9;

    /** The largest export, by its estimate: 2 GB, some 15 million draws of a plan like PlusWIJken. */
    public static final long MAX_BYTES = 2_000_000_000L;

    /** The estimated size of the file in bytes (at most {@link Long#MAX_VALUE}). */
    public long bytes() {
        long perDraw = (long) columns * BYTES_PER_VALUE;
        return draws > Long.MAX_VALUE / perDraw ? Long.MAX_VALUE : draws * perDraw;
    }

    /** The most draws whose export stays within the limit. */
    public long maxDraws() {
        return MAX_BYTES / ((long) columns * BYTES_PER_VALUE);
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
