package nl.impact.report.html;

import java.util.List;

/**
 * A real table of the report: a caption, column headers and rows with a row header. A numeric cell
 * carries the exact value as written in the CSV outputs ({@code value}) beside its Dutch text, and a
 * key naming what it is, so a test or a script can read the figures from the page.
 */
public record Table(String caption, List<String> columns, List<Row> rows) {

    public record Row(String header, List<Cell> cells) {
    }

    /** {@code value} and {@code key} are null for a text cell. */
    public record Cell(String text, String value, String key) {

        public static Cell plain(String text) {
            return new Cell(text, null, null);
        }

        public boolean numeric() {
            return value != null;
        }
    }
}
