package nl.impact.report.excel;

import java.util.List;

/** Small formula texts the sheets share. */
final class Formulas {

    private Formulas() {
    }

    /**
     * The sum of separate cells as {@code A1+A5+A9}; {@code 0} for none. Chained additions, not
     * SUM(...), because SUM takes at most 255 arguments and a sum of explicit cells reads plainly.
     */
    static String plus(List<String> cells) {
        return cells.isEmpty() ? "0" : String.join("+", cells);
    }
}
