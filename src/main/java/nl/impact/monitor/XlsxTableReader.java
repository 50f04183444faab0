package nl.impact.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.model.Limits;
import nl.impact.scenario.InputFile;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.UnreadableWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the realisations sheet of an Excel workbook (.xlsx) into a {@link SourceTable}: the sheet
 * named {@code realisations}, or else the first sheet; the first non-empty row is the header.
 * Lines and columns are the sheet's row and column numbers (A = 1). A number is taken as Excel
 * shows it with full precision, so 0.1 stays 0.1 and not the nearest binary fraction.
 */
final class XlsxTableReader {

    static final String SHEET = "realisations";

    private XlsxTableReader() {
    }

    static SourceTable read(Path path) throws InvalidInputException {
        String file = path.toString();
        try (InputStream in = InputFile.stream(path, Limits.MAX_FILE_BYTES, "realisations files");
                Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
            List<SourceTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                List<Integer> columns = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                    columns.add(c + 1);
                }
                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    rows.add(new SourceTable.Row(row.getRowNum() + 1, cells, columns));
                }
            }
            if (rows.isEmpty()) {
                throw InvalidInputException.of(new Problem(file, 1, 1, "", "the sheet '" + sheet.getSheetName()
                        + "' is empty: expected a header row"));
            }
            return new SourceTable(rows.get(0), List.copyOf(rows.subList(1, rows.size())));
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of(new Problem(file, 0, 0, "", UnreadableWorkbook.reason(e)));
        }
    }

    private static String text(Cell cell) {
        return nl.impact.scenario.Workbooks.text(cell);
    }
}
