package nl.impact.monitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.impact.model.Limits;
import nl.impact.model.Printable;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.XlsxWorkbook;

/**
 * Reads the realisations sheet of an Excel workbook (.xlsx) into a {@link SourceTable}: the sheet
 * named {@code realisations}, or else the first sheet; the first non-empty row is the header.
 * Lines and columns are the sheet's row and column numbers (A = 1). A number is taken as Excel
 * shows it with full precision, so 0.1 stays 0.1 and not the nearest binary fraction. A cell
 * without a usable value (a formula without a computed value, an error value) is refused at its
 * place, never read as empty or zero.
 */
final class XlsxTableReader {

    static final String SHEET = "realisations";

    private XlsxTableReader() {
    }

    static SourceTable read(Path path) throws InvalidInputException {
        String file = path.toString();
        try (XlsxWorkbook workbook = XlsxWorkbook.open(path)) {
            List<String> names = workbook.sheetNames();
            if (names.isEmpty()) {
                throw InvalidInputException.of(new Problem(file, 0, 0, "", "the workbook has no sheets"));
            }
            String sheet = workbook.sheet(SHEET).orElse(names.get(0));
            List<SourceTable.Row> rows = new ArrayList<>();
            workbook.read(sheet, Limits.MAX_TEXT_LENGTH, row -> {
                if (!row.unreadable().isEmpty()) {
                    int column = row.unreadable().firstKey();
                    throw InvalidInputException.of(new Problem(file, row.number(), column + 1, "", "sheet '"
                            + Printable.quote(sheet) + "', cell " + XlsxWorkbook.cell(row.number(), column) + ": "
                            + row.unreadable().get(column)));
                }
                List<Integer> columns = IntStream.rangeClosed(1, row.cells().size()).boxed().toList();
                if (row.cells().stream().anyMatch(s -> !s.isEmpty())) {
                    rows.add(new SourceTable.Row(row.number(), row.cells(), columns, row.numbers()));
                }
                return true;
            });
            if (rows.isEmpty()) {
                throw InvalidInputException.of(new Problem(file, 1, 1, "", "the sheet '" + Printable.quote(sheet)
                        + "' is empty: expected a header row"));
            }
            return new SourceTable(rows.get(0), List.copyOf(rows.subList(1, rows.size())));
        } catch (XlsxWorkbook.Unreadable e) {
            throw InvalidInputException.of(new Problem(file, 0, 0, "", e.getMessage()));
        }
    }
}
