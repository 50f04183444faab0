package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Writes the cells of one sheet, the only place that does: text from a scenario always becomes a
 * text cell (never a formula, whatever it starts with), every formula cell is recorded with the
 * engine's value for it.
 */
final class SheetWriter {

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final Expectations expectations;
    private final PrintHints print = new PrintHints();

    SheetWriter(SXSSFSheet sheet, Styles styles, Expectations expectations) {
        this.sheet = sheet;
        this.styles = styles;
        this.expectations = expectations;
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    String name() {
        return sheet.getSheetName();
    }

    Styles styles() {
        return styles;
    }

    /** What the page layout should know about printing this sheet. */
    PrintHints print() {
        return print;
    }

    /** Text as text; text that Excel would take for a formula is also marked as text for its editor. */
    void text(int row, int column, String text, Styles.Text kind) {
        String value = text == null ? "" : text;
        cell(row, column, styles.text(kind, looksLikeFormula(value))).setCellValue(value);
    }

    void text(int row, int column, String text, XSSFCellStyle style) {
        String value = text == null ? "" : text;
        cell(row, column, looksLikeFormula(value) ? styles.quoted(style) : style).setCellValue(value);
    }

    /** A number typed in: an input cell. */
    void input(int row, int column, BigDecimal value, Styles.Format format) {
        cell(row, column, styles.number(Styles.Role.INPUT, format)).setCellValue(value.doubleValue());
    }

    /**
     * A value the engine computed with code the workbook cannot express as a formula (a KPI
     * calculator plug-in): styled like a computed cell, not like an input, and said so in its row.
     */
    void computed(int row, int column, BigDecimal value, Styles.Format format) {
        cell(row, column, styles.number(Styles.Role.FORMULA, format)).setCellValue(value.doubleValue());
    }

    /**
     * A formula (without {@code =}) and the value the engine gives for it, which is also stored as
     * the cell's cached value: a reader that does not recalculate, and the charts, see the numbers.
     */
    void formula(int row, int column, String formula, BigDecimal expected, Styles.Role role, Styles.Format format) {
        // Formulas are translated from the calculation plan, which has validated them; the
        // streaming cell does not parse them again (the tests recompute every formula cell).
        SXSSFCell cell = cell(row, column, styles.number(role, format));
        cell.setCellFormula(formula);
        cell.setCellValue(expected.doubleValue());
        expectations.put(name(), row, column, expected);
    }

    /** A formula whose engine value may be a number or a text (a ratio or year that does not exist). */
    void formula(int row, int column, String formula, Object expected, Styles.Role role, Styles.Format format) {
        if (expected instanceof BigDecimal number) {
            formula(row, column, formula, number, role, format);
        } else {
            SXSSFCell cell = cell(row, column, styles.number(role, format));
            cell.setCellFormula(formula);
            cell.setCellValue((String) expected);
            expectations.putText(name(), row, column, (String) expected);
        }
    }

    /** Column widths in characters. */
    void widths(List<Integer> characters) {
        for (int i = 0; i < characters.size(); i++) {
            sheet.setColumnWidth(i, characters.get(i) * 256);
        }
    }

    /** A reference to a cell of this sheet as another sheet writes it. */
    String reference(int row, int column) {
        return SheetNames.quoted(name()) + "!" + new CellReference(row, column).formatAsString();
    }

    static String local(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    private SXSSFCell cell(int row, int column, XSSFCellStyle style) {
        SXSSFRow r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        SXSSFCell cell = r.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }
}
