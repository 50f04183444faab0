package nl.impact.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.impact.engine.RunResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers: run a scenario through the engine, open a workbook, compare cells with the engine. */
final class Workbooks {

    static final Path PLUSWIJKEN = Path.of("scenarios", "pluswijken.yaml");

    /** Half a cent: a cell agrees with the engine when it rounds to the same cent. */
    static final double CENT = 0.005;

    private Workbooks() {
    }

    /** The scenario computed as `impact run` computes it: kernaanpakken, begroting and KPIs. */
    static RunResult run(Path scenario) throws Exception {
        return nl.impact.engine.Computation.of(scenario);
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Every formula cell of the workbook, keyed as {@link Expectations#key}. */
    static List<String> formulaCells(XSSFWorkbook workbook) {
        List<String> keys = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        keys.add(Expectations.key(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex()));
                    }
                }
            }
        }
        return keys;
    }

    static Cell cell(XSSFWorkbook workbook, String key) {
        int bang = key.lastIndexOf('!');
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(key.substring(bang + 1));
        Sheet sheet = workbook.getSheet(key.substring(0, bang));
        Row row = sheet == null ? null : sheet.getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    /** The cells of a named range, in order. */
    static List<Cell> named(XSSFWorkbook workbook, String name) {
        org.apache.poi.ss.usermodel.Name defined = workbook.getName(name);
        if (defined == null) {
            throw new AssertionError("no named range " + name);
        }
        List<Cell> cells = new ArrayList<>();
        for (org.apache.poi.ss.util.CellReference ref : new org.apache.poi.ss.util.AreaReference(
                defined.getRefersToFormula(), workbook.getSpreadsheetVersion()).getAllReferencedCells()) {
            cells.add(workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()));
        }
        return cells;
    }

    /**
     * The cell in the row whose column A is {@code label}, column B {@code variant} and, when given,
     * column D {@code part}, under the header {@code column} (a year, or "Totaal ..." by prefix) in row 4.
     */
    static Cell at(XSSFWorkbook workbook, String sheetName, String label, String variant, String part, String column) {
        Sheet sheet = workbook.getSheet(sheetName);
        int col = column(sheet, column);
        // A figure the same in every variant has one row, "alle varianten", that stands for each.
        for (String v : List.of(variant, Labels.ALL_VARIANTS)) {
            for (Row row : sheet) {
                if (text(row, 0).equals(label) && text(row, 1).equals(v) && (part == null || text(row, 3).equals(part))) {
                    return row.getCell(col);
                }
            }
        }
        throw new AssertionError("no row " + label + "/" + variant + "/" + part + " on " + sheetName);
    }

    /** The index of the column whose header in row 4 starts with {@code column}; -1 when none does. */
    private static int column(Sheet sheet, String column) {
        for (Cell c : sheet.getRow(3)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(column)) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    /**
     * As {@link #at}, for a row of a budget line on the Begroting: the row named {@code figure}
     * ("tarief", "aantal: fte") under the post's own row.
     */
    static Cell post(XSSFWorkbook workbook, String sheetName, String post, String figure, String variant, String column) {
        Sheet sheet = workbook.getSheet(sheetName);
        int col = column(sheet, column);
        for (Row row : rowsUnder(sheet, post)) {
            if (text(row, 0).equals(figure) && (text(row, 1).equals(variant) || text(row, 1).equals(Labels.ALL_VARIANTS))) {
                return row.getCell(col);
            }
        }
        throw new AssertionError("no row " + figure + "/" + variant + " under " + post + " on " + sheetName);
    }

    /** The rows of a budget line's figures on the Begroting: those under the post's own row, up to the next post. */
    static List<Row> rowsUnder(Sheet sheet, String post) {
        List<Row> rows = new ArrayList<>();
        boolean under = false;
        for (Row row : sheet) {
            if (text(row, 0).equals(post) && text(row, 1).isEmpty()) {
                under = true;
            } else if (under && text(row, 1).isEmpty()) {
                break;
            } else if (under) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    /** Formula cells whose text differs from the engine's (a ratio or year that does not exist). */
    static List<String> textDisagreements(Map<String, String> expected, XSSFWorkbook workbook) {
        List<String> wrong = new ArrayList<>();
        expected.forEach((key, value) -> {
            Cell cell = cell(workbook, key);
            String got = cell == null || cell.getCachedFormulaResultType() != CellType.STRING ? null
                    : cell.getStringCellValue();
            if (!value.equals(got)) {
                wrong.add(key + ": engine " + value + ", workbook " + got);
            }
        });
        return wrong;
    }

    /** Every parameter of a scenario marked assumption or placeholder, counted independently of the writer. */
    static int assumedParameters(nl.impact.model.Scenario scenario) {
        List<nl.impact.model.Parameter> all = new ArrayList<>(scenario.parameters().values());
        for (nl.impact.model.Kernaanpak k : scenario.kernaanpakken()) {
            all.addAll(k.parameters().values());
            for (nl.impact.model.Effect e : k.effects()) {
                all.addAll(e.amounts().values());
                if (e.correction() != null) {
                    all.add(e.correction());
                }
            }
        }
        for (nl.impact.model.BudgetLine line : scenario.begroting().lines()) {
            all.addAll(line.split().values());
            if (line.cost() instanceof nl.impact.model.BudgetCost.Amount amount) {
                all.add(amount.amount());
            } else if (line.cost() instanceof nl.impact.model.BudgetCost.PerUnit perUnit) {
                all.add(perUnit.tariff());
                if (perUnit.quantity() instanceof nl.impact.model.BudgetCost.GivenQuantity given) {
                    all.add(given.parameter());
                }
            }
        }
        long bands = scenario.kpis().stream().flatMap(k -> k.bands().values().stream())
                .filter(b -> b.provenance().isAssumed()).count();
        return (int) (all.stream().filter(p -> p.provenance().isAssumed()).count() + bands);
    }

    /** Cells whose number differs from the engine's by half a cent or more, described. */
    static List<String> disagreements(Map<String, BigDecimal> expected, java.util.function.Function<String, Double> actual) {
        List<String> wrong = new ArrayList<>();
        expected.forEach((key, value) -> {
            Double got = actual.apply(key);
            if (got == null || Math.abs(got - value.doubleValue()) >= CENT) {
                wrong.add(key + ": engine " + value.toPlainString() + ", workbook " + got);
            }
        });
        return wrong;
    }

    /** Every formula cell's cache poisoned, the workbook recomputed by POI: each cell equals the engine's value. */
    static void assertRecomputedFromPoisonedCaches(XSSFWorkbook workbook, Expectations expected) {
        for (String key : expected.keys()) {
            cell(workbook, key).setCellValue(-987654.321);
        }
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        org.assertj.core.api.Assertions.assertThat(disagreements(expected.values(), key -> {
            Cell c = cell(workbook, key);
            return c.getCachedFormulaResultType() == CellType.NUMERIC
                    ? c.getNumericCellValue() : null;
        })).isEmpty();
        org.assertj.core.api.Assertions.assertThat(textDisagreements(expected.texts(), workbook)).isEmpty();
    }
}
