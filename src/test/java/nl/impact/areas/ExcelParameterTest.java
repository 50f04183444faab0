package nl.impact.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A parameter takes its value from a cell or a named range of an xlsx workbook, with that place as its source. */
class ExcelParameterTest {

    private static final String WMO = "Wmo: {value: 500, source: test}";

    @TempDir
    Path dir;

    @BeforeEach
    void workbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("tarieven.xlsx"))) {
            XSSFSheet sheet = workbook.createSheet("Tarieven");
            sheet.createRow(0).createCell(2).setCellValue("veel");
            sheet.createRow(3).createCell(1).setCellValue(2500);
            Name name = workbook.createName();
            name.setNameName("wmoPerClient");
            name.setRefersToFormula("Tarieven!$B$4");
            workbook.write(out);
        }
    }

    @Test
    void aCellGivesTheValueAndItsPlaceIsTheSource() throws Exception {
        Path out = Cli.runInto(scenario("Wmo: {fromExcel: {file: tarieven.xlsx, sheet: Tarieven, cell: B4}}"),
                dir.resolve("out"));
        // 100 clients in 2025 (1,000 x 0.1) at 2,500 each.
        assertThat(Csv.read(out.resolve("effects.csv")).sum("expected", Map.of("domain", "Wmo", "year", "2025")))
                .isEqualByComparingTo("250000");
        assertThat(sourcesSheet(out)).contains(dir.resolve("tarieven.xlsx") + ", Tarieven!B4");
    }

    @Test
    void aNamedRangeGivesTheValueBesideTheScenariosOwnProvenance() throws Exception {
        Path out = Cli.runInto(scenario("Wmo: {fromExcel: {file: tarieven.xlsx, name: wmoPerClient}, "
                + "assumption: the region's tariff sheet}"), dir.resolve("out"));
        assertThat(Csv.read(out.resolve("effects.csv")).sum("expected", Map.of("domain", "Wmo", "year", "2026")))
                .isEqualByComparingTo("1000000");
        assertThat(sourcesSheet(out)).contains("the region's tariff sheet (" + dir.resolve("tarieven.xlsx")
                + ", Tarieven!B4)");
    }

    @Test
    void missingFileSheetCellAndTextAreRefusedWithBothPlaces() throws Exception {
        assertInvalid("{file: elders.xlsx, sheet: Tarieven, cell: B4}", "fromExcel.file: "
                + dir.resolve("elders.xlsx") + ": file not found");
        assertInvalid("{file: tarieven.xlsx, sheet: Blad1, cell: B4}", "fromExcel.sheet: "
                + dir.resolve("tarieven.xlsx") + ": no sheet 'Blad1'; the workbook has Tarieven");
        assertInvalid("{file: tarieven.xlsx, sheet: Tarieven, cell: B5}", "fromExcel.cell: "
                + dir.resolve("tarieven.xlsx") + ", Tarieven!B5 is empty: expected a number");
        assertInvalid("{file: tarieven.xlsx, sheet: Tarieven, cell: C1}", "fromExcel.cell: "
                + dir.resolve("tarieven.xlsx") + ", Tarieven!C1: expected a number, got 'veel'");
        assertInvalid("{file: tarieven.xlsx, name: tarief}", "fromExcel.name: "
                + dir.resolve("tarieven.xlsx") + ": no named range 'tarief'");
    }

    private void assertInvalid(String fromExcel, String message) throws Exception {
        Path scenario = scenario("Wmo: {fromExcel: " + fromExcel + "}");
        Cli.Result result = Cli.run("validate", scenario.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        // The scenario's place (file:line:column: path) and the workbook's.
        assertThat(result.err()).containsPattern(scenario.toString().replace("\\", "\\\\") + ":\\d+:\\d+: ")
                .contains("kernaanpakken.k.effects[0].amounts.Wmo." + message);
    }

    private Path scenario(String wmo) throws Exception {
        String text = TwoAreas.HEAD + TwoAreas.KERNAANPAK.formatted(
                "actief: {perYear: {2025: 1000, 2026: 3000}, kind: count, source: test}", "actief");
        return Scenarios.write(dir, "region.yaml", text.replace(WMO, wmo));
    }

    private static String sourcesSheet(Path out) throws Exception {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(out.resolve("bijlage-1-maatschappelijke-business-case.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Bronnen en aannames");
            for (Row row : sheet) {
                row.forEach(c -> text.append(c.toString()).append('\n'));
            }
        }
        return text.toString();
    }
}
