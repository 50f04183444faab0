package nl.impact.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes xlsx workbooks with POI, as a script of an analyst would: cells of every kind, and formulas
 * without a computed value (POI does not compute them unless asked).
 */
public final class Workbooks {

    /** What a test does to a new workbook before it is written. */
    @FunctionalInterface
    public interface Build {
        void accept(XSSFWorkbook workbook) throws Exception;
    }

    private Workbooks() {
    }

    /** A workbook of one sheet {@code sheet} with {@code rows}, cells as {@link #fill} writes them. */
    public static Path write(Path file, String sheet, Object[][] rows) throws Exception {
        return write(file, workbook -> fill(workbook.createSheet(sheet), rows));
    }

    /** A new workbook, built by {@code build}, written to {@code file}. */
    public static Path write(Path file, Build build) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            build.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    /**
     * Writes {@code rows} from the sheet's first row and column: a text starting with {@code =} as a
     * formula (without a computed value), a {@link FormulaError} as that error value, a number, a
     * boolean and any other text as such, and {@code null} as no cell.
     */
    public static void fill(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof String s && s.startsWith("=")) {
                    row.createCell(c).setCellFormula(s.substring(1));
                } else if (value instanceof FormulaError e) {
                    row.createCell(c).setCellErrorValue(e.getCode());
                } else if (value instanceof String s) {
                    row.createCell(c).setCellValue(s);
                } else if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (value instanceof Boolean b) {
                    row.createCell(c).setCellValue(b);
                } else if (value != null) {
                    throw new IllegalArgumentException("no cell for " + value.getClass().getSimpleName());
                }
            }
        }
    }
}
