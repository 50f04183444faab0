package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;
import nl.impact.model.Variant;

/**
 * Rows laid out by year on a sheet with {@link YearColumns}: the label cells, a row adding up other
 * rows year by year, and a row's total. The years run from the first plan year to {@code lastYear}:
 * the last plan year on the Begroting, the last effect year on a kernaanpak's sheet.
 */
final class YearRows {

    private final SheetWriter w;
    private final YearColumns cols;
    private final int firstYear;
    private final int lastYear;

    YearRows(SheetWriter w, YearColumns cols, int firstYear, int lastYear) {
        this.w = w;
        this.cols = cols;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** Name, variant (null: all variants) and unit of a row. */
    void labels(int row, String label, Variant v, String unit) {
        w.text(row, YearColumns.NAME, label, Styles.Text.PLAIN);
        w.text(row, YearColumns.VARIANT, Labels.variant(v), Styles.Text.PLAIN);
        w.text(row, YearColumns.UNIT, unit, Styles.Text.PLAIN);
    }

    /** Row {@code row} adds up {@code rows} year by year, in euros, with its total; variant null stands for all. */
    void sumRow(int row, String label, Variant v, List<Integer> rows, IntFunction<BigDecimal> expected,
            Styles.Role role) {
        sumRow(row, label, v, column -> Formulas.plus(rows.stream().map(r -> SheetWriter.local(r, column)).toList()),
                expected, role);
    }

    /** Row {@code row} holds {@code formula} of each year's column, in euros, with its total. */
    void sumRow(int row, String label, Variant v, IntFunction<String> formula, IntFunction<BigDecimal> expected,
            Styles.Role role) {
        labels(row, label, v, "€");
        BigDecimal total = BigDecimal.ZERO;
        for (int y = firstYear; y <= lastYear; y++) {
            int column = cols.column(y);
            w.formula(row, column, formula.apply(column), expected.apply(y), role, Styles.Format.EURO);
            total = total.add(expected.apply(y));
        }
        total(row, total, role);
    }

    /** The total column of {@code row}: the sum of its years. */
    void total(int row, BigDecimal expected, Styles.Role role) {
        w.formula(row, cols.total(), "SUM(" + SheetWriter.local(row, cols.column(firstYear)) + ":"
                + SheetWriter.local(row, cols.column(lastYear)) + ")", expected, role, Styles.Format.EURO);
    }
}
