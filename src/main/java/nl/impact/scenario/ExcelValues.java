package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import nl.impact.model.Limits;
import nl.impact.model.Paths;
import nl.impact.model.Printable;

/**
 * A parameter's value from a cell of an analyst's xlsx workbook: {@code fromExcel: {file, sheet,
 * cell}} or {@code fromExcel: {file, name}} (a named range of one cell). The file is relative to
 * the scenario file. A workbook is streamed ({@link XlsxWorkbook}), each sheet once for all the
 * parameters that name it. A missing file, sheet, name or cell, or a cell that holds no number (a
 * formula without a computed value, an error value, text) is a problem at the parameter with the
 * place in the workbook; such a cell is never read as 0.
 */
final class ExcelValues {

    static final String KEY = "fromExcel";
    private static final Set<String> KEYS = Set.of("file", "sheet", "cell", "name");

    /** A value and where it stands: {@code tarieven.xlsx, Blad1!B4}. */
    record Value(BigDecimal number, String place) {
    }

    /** Cells of one sheet kept after a reading; a sheet with more is read again for a cell past them. */
    static final int KEPT_CELLS = 100_000;
    /** A number in a cell, as Excel writes it, or as text in the same form. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    /** A workbook (the file read, within the folders inputs may be in), its sheets and defined names, read once. */
    private record Book(Path real, List<String> sheets, String sheetList, Map<String, String> names) {
        Optional<String> sheet(String name) {
            return sheets.stream().filter(s -> s.equalsIgnoreCase(name)).findFirst();
        }
    }

    /**
     * A cell's text (cut just beyond the limit on texts, with its length before), or why it holds no
     * usable value; and whether the workbook holds it as a number rather than a text.
     */
    private record Cell(String text, int length, String unreadable, boolean number) {
    }

    /** The cells of a sheet from one reading: all of them, or the first {@link #KEPT_CELLS}. */
    private static final class Kept {
        final Map<Long, Cell> cells = new HashMap<>();
        boolean complete = true;
    }

    private final Fields fields;
    private final Path scenarioFile;
    private final InputFolders folders;
    private final Map<Path, Optional<Book>> workbooks = new HashMap<>();
    private final Map<String, Kept> sheets = new HashMap<>();

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
        Optional<Book> workbook = workbooks.computeIfAbsent(file, f -> open(f, fileName.get(), path));
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
            String refersTo = workbook.get().names().get(name.get().toLowerCase(Locale.ROOT));
            if (refersTo == null) {
                fields.problems().add(Paths.child(path, "name"), file + ": no named range '" + name.get() + "'");
                return Optional.empty();
            }
            AreaReference area;
            try {
                area = new AreaReference(refersTo, SpreadsheetVersion.EXCEL2007);
            } catch (RuntimeException e) {
                fields.problems().add(Paths.child(path, "name"), file + ": the name '" + name.get() + "' refers to "
                        + Printable.quote(refersTo) + ", not to a cell");
                return Optional.empty();
            }
            if (!area.isSingleCell()) {
                fields.problems().add(Paths.child(path, "name"), file + ": the name '" + name.get() + "' refers to "
                        + Printable.quote(refersTo) + "; expected a single cell");
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
            reference = cell.get().matches("\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}") ? new CellReference(cell.get()) : null;
            if (reference == null || !onTheSheet(reference)) {
                fields.problems().add(Paths.child(path, "cell"), "expected a cell such as B4 (rows 1 to "
                        + SpreadsheetVersion.EXCEL2007.getMaxRows() + ", columns A to "
                        + SpreadsheetVersion.EXCEL2007.getLastColumnName() + "), got '" + Printable.quote(cell.get())
                        + "'");
                return Optional.empty();
            }
            sheetName = sheet.get();
        }
        String at = Paths.child(path, named ? "name" : "cell");
        Optional<String> sheet = sheetName == null ? Optional.empty() : workbook.get().sheet(sheetName);
        if (sheet.isEmpty()) {
            fields.problems().add(Paths.child(path, named ? "name" : "sheet"), file + ": no sheet '"
                    + Printable.quote(sheetName) + "'; the workbook has " + workbook.get().sheetList());
            return Optional.empty();
        }
        if (!onTheSheet(reference)) {
            fields.problems().add(at, file + ": the name refers to a place outside the sheet");
            return Optional.empty();
        }
        String place = file + ", " + Printable.quote(sheet.get()) + "!" + new CellReference(reference.getRow(),
                reference.getCol()).formatAsString();
        Optional<Cell> cell;
        try {
            cell = cell(workbook.get().real(), sheet.get(), reference.getRow() + 1, reference.getCol());
        } catch (XlsxWorkbook.Unreadable e) {
            fields.problems().add(at, file + ": " + e.getMessage());
            return Optional.empty();
        }
        if (cell.isPresent() && cell.get().unreadable() != null) {
            fields.problems().add(at, place + ": " + cell.get().unreadable());
            return Optional.empty();
        }
        if (cell.isEmpty() || cell.get().text().isEmpty()) {
            fields.problems().add(at, place + " is empty: expected a number");
            return Optional.empty();
        }
        String text = cell.get().text();
        if (cell.get().length() > Limits.MAX_TEXT_LENGTH) {
            fields.problems().add(at, place + ": " + TextGate.tooLong(cell.get().length()));
            return Optional.empty();
        }
        Optional<String> wrong = TextGate.problem(text);
        if (wrong.isPresent()) {
            fields.problems().add(at, place + ": " + wrong.get());
            return Optional.empty();
        }
        if (!NUMBER.matcher(text).matches()) {
            fields.problems().add(at, place + ": expected a number, got '" + Printable.quote(text) + "'"
                    + DutchNumbers.notANumber(text).map(h -> ": " + h).orElse(""));
            return Optional.empty();
        }
        if (!cell.get().number()) {
            // A text cell 7.000 reads as 7, as in a scenario; a number cell holds what Excel shows.
            DutchNumbers.warning(text).ifPresent(w -> fields.problems().warn(at, place + ": " + w));
        }
        return Optional.of(new Value(new BigDecimal(text), place));
    }

    /** A reference within Excel's rows (1 to 1,048,576) and columns (A to XFD): A0 is none. */
    private static boolean onTheSheet(CellReference reference) {
        return reference.getRow() >= 0 && reference.getRow() < SpreadsheetVersion.EXCEL2007.getMaxRows()
                && reference.getCol() >= 0 && reference.getCol() <= SpreadsheetVersion.EXCEL2007.getLastColumnIndex();
    }

    /** A cell of a sheet: from the cells kept of an earlier reading, or read anew. */
    private Optional<Cell> cell(Path file, String sheet, int row, int column) throws XlsxWorkbook.Unreadable {
        String key = file.normalize() + "\n" + sheet;
        Kept kept = sheets.get(key);
        if (kept == null) {
            Kept read = new Kept();
            scan(file, sheet, r -> {
                keep(r, (cell, value) -> {
                    if (read.cells.size() < KEPT_CELLS) {
                        read.cells.put(cell, value);
                    } else {
                        read.complete = false;
                    }
                });
                return true;
            });
            sheets.put(key, read);
            kept = read;
        }
        long wanted = key(row, column);
        Cell found = kept.cells.get(wanted);
        if (found != null || kept.complete) {
            return Optional.ofNullable(found);
        }
        Map<Long, Cell> one = new HashMap<>();
        scan(file, sheet, r -> {
            keep(r, (cell, value) -> {
                if (cell == wanted) {
                    one.put(cell, value);
                }
            });
            return r.number() < row;
        });
        return Optional.ofNullable(one.get(wanted));
    }

    private static void keep(XlsxWorkbook.Row row, java.util.function.BiConsumer<Long, Cell> to) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (!row.cells().get(c).isEmpty()) {
                String text = row.cells().get(c);
                to.accept(key(row.number(), c), new Cell(text.length() > Limits.MAX_TEXT_LENGTH
                        ? text.substring(0, Limits.MAX_TEXT_LENGTH + 1) : text, text.length(), null, row.isNumber(c)));
            }
        }
        row.unreadable().forEach((c, why) -> to.accept(key(row.number(), c), new Cell("", 0, why, false)));
    }

    private static long key(int row, int column) {
        return (long) row << 20 | column;
    }

    private static void scan(Path file, String sheet, XlsxWorkbook.RowSink sink) throws XlsxWorkbook.Unreadable {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            // Texts up to Excel's longest, so that one beyond the limit is refused with its length.
            workbook.read(sheet, SharedTexts.LONGEST, sink);
        } catch (InvalidInputException e) {
            // The sinks here take every row and refuse none.
            throw new IllegalStateException(e);
        }
    }

    /** The workbook {@code named} in the scenario, shown as {@code file}; empty (and reported) when it cannot be read. */
    private Optional<Book> open(Path file, String named, String path) {
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
            try (XlsxWorkbook workbook = XlsxWorkbook.open(real)) {
                return Optional.of(new Book(real, workbook.sheetNames(), workbook.sheetList(), workbook.names()));
            }
        } catch (InputRefused e) {
            fields.problems().add(at, file + ": " + e.getMessage());
        } catch (XlsxWorkbook.Unreadable e) {
            fields.problems().add(at, file + ": " + e.getMessage());
        } catch (IOException e) {
            fields.problems().add(at, file + ": " + InputFile.unreadable(e));
        }
        return Optional.empty();
    }
}
