package nl.impact.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A formula cell is read by the value the spreadsheet computed and stored with it. A workbook
 * written by a program that does not compute formulas (POI, openpyxl and XlsxWriter by default)
 * has no such value, or a stand-in (XlsxWriter's 0) with a mark that every formula must be
 * recomputed on opening: such a cell is refused at its place (exit 2), never read as 0 or empty.
 * The same holds for an area table and a {@code fromExcel} value (and realisations, in
 * ExcelRealisationsTest). The openpyxl and XlsxWriter workbooks are written by the libraries
 * themselves (src/test/resources/xlsx-writers/make.py).
 */
class XlsxFormulaCellTest {

    private static final String ADVICE = "open and save the workbook in Excel or LibreOffice, or give the value";
    private static final String NO_VALUE = "a formula without a computed value";

    @TempDir
    Path dir;

    @Test
    void aFormulaWithoutItsValueInAnAreaTableIsRefusedAtItsCell() throws Exception {
        Path table = poiTable(sheet -> sheet.getRow(1).createCell(3).setCellFormula("500*2"), false);
        Cli.Result result = refused(withTable(table.getFileName().toString(), "Wijken"));
        // Before: exit 0, Centrum with 0 inhabitants, and so no euros at all in 2025.
        assertThat(result.err()).contains(table + ":2:4: sheet 'Wijken', cell D2: " + NO_VALUE)
                .contains(ADVICE).contains("area table of ");
    }

    @Test
    void theSameFormulaWithItsComputedValueIsReadByThatValue() throws Exception {
        Path table = poiTable(sheet -> sheet.getRow(1).createCell(3).setCellFormula("500*2"), true);
        Path out = Cli.runInto(withTable(table.getFileName().toString(), "Wijken"), dir.resolve("out"));
        // Centrum: 1,000 inhabitants x 0.1 = 100 clients in 2025, Wmo 500 each.
        assertThat(wmo2025(out)).isEqualTo("50000");
    }

    @Test
    void openpyxlAndXlsxWriterWorkbooksAreRefusedAtTheFormulaCell() throws Exception {
        Path openpyxl = fixture("openpyxl.xlsx");
        Cli.Result fromOpenpyxl = refused(withTable("openpyxl.xlsx", "Wijken"));
        assertThat(fromOpenpyxl.err()).contains(openpyxl + ":2:4: sheet 'Wijken', cell D2: " + NO_VALUE)
                .contains(ADVICE);

        Path xlsxwriter = fixture("xlsxwriter.xlsx");
        Cli.Result fromXlsxWriter = refused(withTable("xlsxwriter.xlsx", "Wijken"));
        // XlsxWriter stores 0 as the formula's value and marks the workbook to be recomputed.
        assertThat(fromXlsxWriter.err()).contains(xlsxwriter + ":2:4: sheet 'Wijken', cell D2: a formula whose "
                + "stored value cannot be trusted").contains(ADVICE);
    }

    @Test
    void anErrorValueIsNamedNotCalledEmpty() throws Exception {
        Path table = poiTable(sheet -> sheet.getRow(1).createCell(3).setCellErrorValue(FormulaError.DIV0), false);
        Cli.Result result = refused(withTable(table.getFileName().toString(), "Wijken"));
        assertThat(result.err()).contains(table + ":2:4: sheet 'Wijken', cell D2: the error value #DIV/0! instead of a "
                + "value").doesNotContain("missing a value");
    }

    @Test
    void aFormulaOrAnErrorInAColumnTheScenarioDoesNotReadIsLeftAlone() throws Exception {
        Path table = poiTable(sheet -> {
            sheet.getRow(0).createCell(6).setCellValue("notitie");
            sheet.getRow(1).createCell(6).setCellFormula("1/0");
            sheet.getRow(2).createCell(6).setCellErrorValue(FormulaError.NA);
        }, false);
        Path out = Cli.runInto(withTable(table.getFileName().toString(), "Wijken"), dir.resolve("out"));
        assertThat(wmo2025(out)).isEqualTo("50000");
    }

    @Test
    void aFromExcelFormulaWithoutItsValueIsRefused() throws Exception {
        Path workbook = dir.resolve("tarieven.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            book.createSheet("Tarieven").createRow(3).createCell(1).setCellFormula("250*2");
            book.write(out);
        }
        assertThat(refusedValue("{file: tarieven.xlsx, sheet: Tarieven, cell: B4}")).contains("fromExcel.cell: "
                + workbook + ", Tarieven!B4: " + NO_VALUE).contains(ADVICE);

        fixture("openpyxl.xlsx");
        assertThat(refusedValue("{file: openpyxl.xlsx, sheet: Tarieven, cell: B4}")).contains("fromExcel.cell: "
                + dir.resolve("openpyxl.xlsx") + ", Tarieven!B4: " + NO_VALUE).contains(ADVICE);
        fixture("xlsxwriter.xlsx");
        assertThat(refusedValue("{file: xlsxwriter.xlsx, sheet: Tarieven, cell: B4}")).contains("fromExcel.cell: "
                + dir.resolve("xlsxwriter.xlsx") + ", Tarieven!B4: a formula whose stored value cannot be trusted")
                .contains(ADVICE);
    }

    @Test
    void aFromExcelErrorValueIsNamed() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("t.xlsx"))) {
            book.createSheet("Tarieven").createRow(3).createCell(1).setCellErrorValue(FormulaError.DIV0);
            book.write(out);
        }
        assertThat(refusedValue("{file: t.xlsx, sheet: Tarieven, cell: B4}"))
                .contains("Tarieven!B4: the error value #DIV/0! instead of a value").doesNotContain("is empty");
    }

    @Test
    void rowZeroIsNoCellAndIsNeverWrittenAsAColumnAlone() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("t.xlsx"))) {
            book.createSheet("Blad1").createRow(0).createCell(0).setCellValue(1);
            book.write(out);
        }
        String err = refusedValue("{file: t.xlsx, sheet: Blad1, cell: A0}");
        assertThat(err).contains("fromExcel.cell: expected a cell such as B4 (rows 1 to 1048576, columns A to XFD), "
                + "got 'A0'").doesNotContain("Blad1!A ").doesNotContain("Blad1!A:");
        assertThat(refusedValue("{file: t.xlsx, sheet: Blad1, cell: XFE1}")).contains("got 'XFE1'");
    }

    /** The TwoAreas table as a POI workbook, changed by {@code edit}; with or without computed formula values. */
    private Path poiTable(Consumer<XSSFSheet> edit, boolean computed) throws Exception {
        Path file = dir.resolve("wijken.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Wijken");
            String[] lines = TwoAreas.TABLE.strip().split("\n");
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines[r].split(",");
                for (int c = 0; c < cells.length; c++) {
                    if (r > 0 && c >= 3) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            edit.accept(sheet);
            if (computed) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            workbook.write(out);
        }
        return file;
    }

    private Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/xlsx-writers/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path withTable(String file, String sheet) throws Exception {
        Path scenario = TwoAreas.withAreas(dir);
        Files.writeString(scenario, Files.readString(scenario).replace("table: wijken.csv",
                "table: {file: " + file + ", sheet: " + sheet + "}"));
        return scenario;
    }

    private Cli.Result refused(Path scenario) {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("run", scenario.toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return result;
    }

    /** The error output of validating the region scenario with Wmo's amount from {@code fromExcel}. */
    private String refusedValue(String fromExcel) throws Exception {
        String text = TwoAreas.HEAD + TwoAreas.KERNAANPAK.formatted(
                "actief: {perYear: {2025: 1000, 2026: 3000}, kind: count, source: test}", "actief");
        Path scenario = Scenarios.write(dir, "region.yaml", text.replace("Wmo: {value: 500, source: test}",
                "Wmo: {fromExcel: " + fromExcel + "}"));
        Cli.Result result = Cli.run("validate", scenario.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("kernaanpakken.k.effects[0].amounts.Wmo.fromExcel.");
        return result.err();
    }

    private static String wmo2025(Path out) throws Exception {
        return Csv.read(out.resolve("effects.csv")).sum("expected", Map.of("domain", "Wmo", "year", "2025"))
                .stripTrailingZeros().toPlainString();
    }
}
