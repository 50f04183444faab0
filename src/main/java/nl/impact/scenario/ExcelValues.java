package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import nl.impact.model.Paths;

/**
 * A parameter's value from a cell of an analyst's xlsx workbook: {@code fromExcel: {file, sheet,
 * cell}} or {@code fromExcel: {file, name}} (a named range of one cell). The file is relative to
 * the scenario file; each workbook is opened once. A missing file, sheet, name or cell, or a cell
 * that holds no number, is a problem at the parameter with the place in the workbook.
 */
final class ExcelValues {

    static final String KEY = "fromExcel";
    private static final Set<String> KEYS = Set.of("file", "sheet", "cell", "name");

    /** A value and where it stands: {@code tarieven.xlsx, Blad1!B4}. */
    record Value(BigDecimal number, String place) {
    }

    private final Fields fields;
    private final Path scenarioFile;
    private final InputFolders folders;
    private final Map<Path, Optional<Workbook>> workbooks = new HashMap<>();

    /** @param folders where a workbook may be besides the scenario's folder (see {@link InputFolders}) */
    ExcelValues(Fields fields, Path scenarioFile, InputFolders folders) {
        this.fields = fields;
        this.scenarioFile = scenarioFile;
        this.folders = folders;
    }

    /** The workbooks opened so far, sorted. */
    List<Path> files() {
        return workbooks.keySet().stream().sorted().toList();
    }

    Optional<Value> read(JsonNode node, String path) {
        if (!fields.isObject(node, path, "a cell of an xlsx workbook: {file, sheet, cell} or {file, name}")) {
            return Optional.empty();
        }
        fields.onlyKeys(node, path, KEYS);
        Optional<String> fileName = fields.text(node, "file", path, true);
        if (fileName.isEmpty()) {
            return Optional.empty();
        }
        boolean named = node.has("name");
        if (named == (node.has("sheet") || node.has("cell"))) {
            fields.problems().add(path, "give either 'sheet' and 'cell', or 'name' (a named range of one cell)");
            return Optional.empty();
        }
        Path file = (scenarioFile == null ? Path.of(fileName.get()) : scenarioFile.resolveSibling(fileName.get()))
                .normalize();
        Optional<Workbook> workbook = workbooks.computeIfAbsent(file, f -> open(f, fileName.get(), path));
        if (workbook.isEmpty()) {
            return Optional.empty();
        }
        String sheetName;
        CellReference reference;
        if (named) {
            Optional<String> name = fields.text(node, "name", path, true);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            Name defined = workbook.get().getName(name.get());
            if (defined == null || defined.isFunctionName()) {
                fields.problems().add(Paths.child(path, "name"), file + ": no named range '" + name.get() + "'");
                return Optional.empty();
            }
            AreaReference area;
            try {
                area = new AreaReference(defined.getRefersToFormula(), workbook.get().getSpreadsheetVersion());
            } catch (RuntimeException e) {
                fields.problems().add(Paths.child(path, "name"), file + ": the name '" + name.get() + "' refers to "
                        + defined.getRefersToFormula() + ", not to a cell");
                return Optional.empty();
            }
            if (!area.isSingleCell()) {
                fields.problems().add(Paths.child(path, "name"), file + ": the name '" + name.get() + "' refers to "
                        + defined.getRefersToFormula() + "; expected a single cell");
                return Optional.empty();
            }
            reference = area.getFirstCell();
            sheetName = reference.getSheetName();
        } else {
            Optional<String> sheet = fields.text(node, "sheet", path, true);
            Optional<String> cell = fields.text(node, "cell", path, true);
            if (sheet.isEmpty() || cell.isEmpty()) {
                return Optional.empty();
            }
            if (!cell.get().matches("\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}")) {
                fields.problems().add(Paths.child(path, "cell"), "expected a cell such as B4, got '" + cell.get() + "'");
                return Optional.empty();
            }
            sheetName = sheet.get();
            reference = new CellReference(cell.get());
        }
        Sheet sheet = sheetName == null ? null : workbook.get().getSheet(sheetName);
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            workbook.get().forEach(s -> names.add(s.getSheetName()));
            fields.problems().add(Paths.child(path, named ? "name" : "sheet"), file + ": no sheet '" + sheetName
                    + "'; the workbook has " + String.join(", ", names));
            return Optional.empty();
        }
        String place = file + ", " + sheet.getSheetName() + "!" + new CellReference(reference.getRow(),
                reference.getCol()).formatAsString();
        Row row = sheet.getRow(reference.getRow());
        Cell cell = row == null ? null : row.getCell(reference.getCol());
        String at = Paths.child(path, named ? "name" : "cell");
        if (cell == null || Workbooks.text(cell).isEmpty()) {
            fields.problems().add(at, place + " is empty: expected a number");
            return Optional.empty();
        }
        Optional<String> wrong = TextGate.problem(Workbooks.text(cell));
        if (wrong.isPresent()) {
            fields.problems().add(at, place + ": " + wrong.get());
            return Optional.empty();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC) {
            fields.problems().add(at, place + ": expected a number, got '" + Workbooks.text(cell) + "'");
            return Optional.empty();
        }
        return Optional.of(new Value(new BigDecimal(Workbooks.text(cell)), place));
    }

    /** The workbook {@code named} in the scenario, shown as {@code file}; empty (and reported) when it cannot be read. */
    private Optional<Workbook> open(Path file, String named, String path) {
        String at = Paths.child(path, "file");
        Path real;
        try {
            // Without a scenario file (a tree put together in code) the working directory stands for its folder.
            real = folders.resolve(scenarioFile == null ? Path.of("scenario") : scenarioFile, named);
        } catch (InputRefused e) {
            fields.problems().add(at, e.getMessage());
            return Optional.empty();
        }
        try {
            InputFile.checkType(real);
            if (Files.size(real) > TableSource.MAX_BYTES) {
                fields.problems().add(at, file + ": a file of " + Files.size(real) + " bytes; the limit on workbooks is "
                        + TableSource.MAX_BYTES + " bytes");
                return Optional.empty();
            }
            return Optional.of(Workbooks.open(real));
        } catch (InputRefused e) {
            fields.problems().add(at, file + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            fields.problems().add(at, file + ": " + UnreadableWorkbook.reason(e));
        }
        return Optional.empty();
    }
}
