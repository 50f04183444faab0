package nl.impact.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad area table gets exit 2, nothing written, and a message with the table's file, row and
 * column, and where the scenario names the table.
 */
class AreaTableValidationTest {

    @TempDir
    Path dir;

    @Test
    void aBadCbsCodeIsRefusedAtItsRowAndColumn() throws Exception {
        Cli.Result result = run(TwoAreas.TABLE.replace("WK093501", "WK09350"));
        assertThat(result.err()).contains(table() + ":3:1: ").contains("the area code is not a CBS code")
                .doesNotContain("WK09350");
        assertThat(result.err()).containsPattern("area table of .*two\\.yaml:\\d+:\\d+ \\(areas\\.table\\)");
    }

    @Test
    void aDuplicateAreaIsRefused() throws Exception {
        Cli.Result result = run(TwoAreas.TABLE.replace("WK093501,Noord", "WK091701,Noord"));
        assertThat(result.err()).contains(table() + ":3:1: ").contains("the area code appears twice (first on row 2)");
    }

    @Test
    void aMissingColumnIsRefusedAtTheHeader() throws Exception {
        Cli.Result result = run(TwoAreas.TABLE.replace("inwoners", "bewoners"));
        assertThat(result.err()).contains(table() + ":1:0: ").contains("missing column 'inwoners'")
                .doesNotContain("bewoners");
    }

    @Test
    void textInANumberColumnIsRefusedAtItsCell() throws Exception {
        Cli.Result result = run(TwoAreas.TABLE.replace(",2000,", ",twee duizend,"));
        assertThat(result.err()).contains(table() + ":3:4: ")
                .contains("expected a count (zero or more) in column 'inwoners', got text (area table of ")
                .doesNotContain("twee");
    }

    @Test
    void aCbsCodeOutsideItsGemeenteIsRefused() throws Exception {
        Cli.Result result = run(TwoAreas.TABLE.replace("Centrum,Heerlen", "Centrum,GM0935"));
        assertThat(result.err()).contains(table() + ":2:1: ").contains("the area's CBS code lies outside its gemeente (the GM code in column 3)");
    }

    @Test
    void anUnknownRolloutColumnIsRefusedInTheScenario() throws Exception {
        Path scenario = TwoAreas.withAreas(dir);
        Files.writeString(scenario, Files.readString(scenario).replace("{from: start}", "{from: begin}"));
        Cli.Result result = Cli.run("validate", scenario.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("kernaanpakken.k.areas.from: unknown area column 'begin'");
    }

    @Test
    void aMissingSheetAndTextInAnXlsxCellAreRefusedWithTheCell() throws Exception {
        Path scenario = TwoAreas.withAreas(dir);
        Files.writeString(scenario, Files.readString(scenario).replace("table: wijken.csv",
                "table: {file: wijken.xlsx, sheet: Wijken}"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("wijken.xlsx"))) {
            XSSFSheet sheet = workbook.createSheet("Blad1");
            String[][] rows = {{"code", "naam", "gemeente", "inwoners", "start"},
                {"WK091701", "Centrum", "Heerlen", "veel", "2025"}};
            for (int r = 0; r < rows.length; r++) {
                sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.getRow(r).createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        Cli.Result missing = Cli.run("validate", scenario.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("wijken.xlsx").contains("no sheet 'Wijken'; the workbook has Blad1");

        Files.writeString(scenario, Files.readString(scenario).replace("sheet: Wijken", "sheet: Blad1"));
        Cli.Result text = Cli.run("validate", scenario.toString());
        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(text.err()).contains(dir.resolve("wijken.xlsx") + ":2:4: sheet 'Blad1', cell D2: "
                + "expected a count (zero or more) in column 'inwoners', got text");
    }

    private Cli.Result run(String table) throws Exception {
        Path scenario = TwoAreas.withAreas(dir);
        Scenarios.write(dir, "wijken.csv", table);
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("run", scenario.toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(result.err()).doesNotContain("Exception");
        return result;
    }

    private String table() {
        return dir.resolve("wijken.csv").toString();
    }
}
