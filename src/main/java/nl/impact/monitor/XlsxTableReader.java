package nl.impact.monitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.impact.model.Limits;
import nl.impact.model.Printable;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.XlsxWorkbook;

/**
 * Reads the realisations of an Excel workbook (.xlsx) into {@link SourceTable}s: either a sheet per
 * kind of realisation ({@code kpis}, {@code milestones}, {@code spend}, {@code volumes}), or, in a
 * workbook with none of them, the one sheet of yearly KPI values: the sheet named
 * {@code realisations}, or else the first. The first non-empty row of a sheet is its header.
 * Lines and columns are the sheet's row and column numbers (A = 1). A number is taken as Excel
 * shows it with full precision, so 0.1 stays 0.1 and not the nearest binary fraction. A cell
 * without a usable value (a formula without a computed value, an error value) is refused at its
 * place, never read as empty or zero.
 */
final class XlsxTableReader {

    static final String SHEET = "realisations";

    private XlsxTableReader() {
    }

    /** The tables of a workbook: per kind, or (the yearly KPI file) the one under {@code null}. */
    static Map<RealisationKind, SourceTable> read(Path path) throws InvalidInputException {
        String file = path.toString();
        try (XlsxWorkbook workbook = XlsxWorkbook.open(path)) {
            List<String> names = workbook.sheetNames();
            if (names.isEmpty()) {
                throw InvalidInputException.of(new Problem(file, 0, 0, "", "the workbook has no sheets"));
            }
            Map<RealisationKind, SourceTable> tables = new LinkedHashMap<>();
            if (names.stream().noneMatch(n -> RealisationKind.fromSheet(n).isPresent())) {
                String sheet = workbook.sheet(SHEET).orElse(names.get(0));
                tables.put(null, table(workbook, file, sheet, null));
                return tables;
            }
            for (String name : names) {
                Optional<RealisationKind> kind = RealisationKind.fromSheet(name);
                if (kind.isEmpty()) {
                    throw InvalidInputException.of(new Problem(file, 0, 0, "", "a sheet that is none of "
                            + String.join(", ", RealisationKind.sheets()) + " (sheet " + (names.indexOf(name) + 1)
                            + "): a workbook of realisations has a sheet per kind, and nothing else"));
                }
                if (tables.containsKey(kind.get())) {
                    throw InvalidInputException.of(new Problem(file, 0, 0, "", "the sheet '" + kind.get().sheet()
                            + "' is there twice"));
                }
                tables.put(kind.get(), table(workbook, file, name, kind.get().sheet()));
            }
            return tables;
        } catch (XlsxWorkbook.Unreadable e) {
            throw InvalidInputException.of(new Problem(file, 0, 0, "", e.getMessage()));
        }
    }

    private static SourceTable table(XlsxWorkbook workbook, String file, String sheet, String label)
            throws XlsxWorkbook.Unreadable, InvalidInputException {
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
        return new SourceTable(rows.get(0), List.copyOf(rows.subList(1, rows.size())), label);
    }
}
