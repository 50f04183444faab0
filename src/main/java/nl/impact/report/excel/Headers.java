package nl.impact.report.excel;

/** The header row of a year-by-year sheet. */
final class Headers {

    private Headers() {
    }

    static void yearHeader(SheetWriter w, int row, YearColumns cols, String first, String note) {
        Styles styles = w.styles();
        w.text(row, YearColumns.NAME, first, styles.header());
        w.text(row, YearColumns.VARIANT, "Variant", styles.header());
        w.text(row, YearColumns.UNIT, "Eenheid", styles.header());
        w.text(row, YearColumns.PROVENANCE, "Herkomst", styles.header());
        for (int y = cols.years().first(); y <= cols.years().effectsUntil(); y++) {
            w.text(row, cols.column(y), Integer.toString(y), styles.numberHeader());
        }
        w.text(row, cols.total(), "Totaal " + cols.years().first() + "-" + cols.years().effectsUntil() + " (€)",
                styles.numberHeader());
        w.text(row, cols.note(), note, styles.header());
    }
}
