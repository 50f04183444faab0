package nl.impact.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

/** Opens analysts' xlsx workbooks read-only and reads cells as text, the way Excel shows them. */
public final class Workbooks {

    private Workbooks() {
    }

    /** Opens a workbook whose type and size {@link InputFile} checked, reading at most the table limit. */
    static Workbook open(Path file) throws IOException {
        try (InputStream in = InputFile.stream(file, TableSource.MAX_BYTES, "workbooks")) {
            return WorkbookFactory.create(in);
        }
    }

    /**
     * A cell's value as text: a number with full precision (0.1 stays 0.1, not the nearest binary
     * fraction), a formula by its cached result, a boolean as true/false; empty when blank.
     */
    public static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
