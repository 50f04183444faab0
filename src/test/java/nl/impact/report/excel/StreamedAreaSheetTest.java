package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table of {@link StreamedAreaSheet#FROM} areas: Per gebied is streamed into bijlage 1. It stands
 * before Per gemeente, holds a row per area with the figures of areas.csv, and its total row's
 * formulas recompute (POI and LibreOffice, caches poisoned) to the sum of the areas; the file is
 * the same byte for byte on a second run.
 */
class StreamedAreaSheetTest {

    private static final int AREAS = StreamedAreaSheet.FROM;

    @TempDir
    Path dir;
    private Path out;

    @BeforeEach
    void run() throws Exception {
        StringBuilder table = new StringBuilder("code,naam,gemeente,inwoners,start\n");
        for (int i = 1; i <= AREAS; i++) {
            table.append("BU0917%04d,Buurt %d,Gemeente %d,%d,%d\n".formatted(i, i, i / 100, 100 + i % 37 * 10,
                    2025 + i % 2));
        }
        Scenarios.write(dir, "buurten.csv", table.toString());
        Path scenario = Scenarios.write(dir, "buurten.yaml", """
                name: Duizend buurten
                years: {first: 2025, last: 2026, effectsUntil: 2027}
                domains:
                  Wmo: {financier: gemeente}
                  Zvw: {financier: zorgverzekeraar}
                areas:
                  table: buurten.csv
                  columns:
                    inwoners: {kind: count, unit: inwoners}
                    start: {kind: number}
                  placeholder: test areas
                kernaanpakken:
                  k:
                    calculator: formules
                    areas: {from: start}
                    bereik: {min: 0.05, max: 0.15, kind: fraction, source: test}
                    formulas:
                      clients: "inwoners * bereik"
                    effects:
                      - name: saving
                        per: clients
                        timing: {offset: 0, years: 2}
                        amounts:
                          Zvw: {min: 800, max: 1200, source: test}
                          Wmo: {value: 500, source: test}
                begroting:
                  lines:
                    coach:
                      post: Coaches
                      kernaanpak: k
                      category: personnel
                      financier: gemeente
                      quantity: clients
                      tariff: {value: 100, source: test}
                """);
        out = Cli.runInto(scenario, dir.resolve("out"));
    }

    @Test
    void perGebiedIsStreamedWithTheFiguresOfAreasCsvLiveTotalsAndTheSameBytes() throws Exception {
        Csv areas = Csv.read(out.resolve("areas.csv"));
        Path file = out.resolve(BusinessCaseWorkbook.FILE);
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            assertThat(workbook.getSheetIndex(AreaSheets.AREAS)).isEqualTo(workbook.getSheetIndex(AreaSheets.GEMEENTEN) - 1);
            XSSFSheet sheet = workbook.getSheet(AreaSheets.AREAS);
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + AREAS);
            XSSFRow row = sheet.getRow(3 + 499);
            String code = row.getCell(0).getStringCellValue();
            assertThat(code).isEqualTo("BU09170500");
            // Net (expected) over all years and financiers, as areas.csv has it.
            BigDecimal net = areas.sum("net_expected", Map.of("area", code, "financier", "total"));
            assertThat(net.signum()).isPositive();
            assertThat(row.getCell(5).getNumericCellValue()).isCloseTo(net.doubleValue(), within(0.005));

            XSSFRow total = sheet.getRow(3 + AREAS);
            assertThat(total.getCell(5).getCellFormula()).isEqualTo("SUM(F4:F" + (3 + AREAS) + ")");
            BigDecimal all = areas.sum("net_expected", Map.of("financier", "total"));
            assertThat(total.getCell(5).getNumericCellValue()).isCloseTo(all.doubleValue(), within(0.005));
            // POI recomputes the total row from the area rows.
            poison(total);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(total.getCell(5).getNumericCellValue()).isCloseTo(all.doubleValue(), within(0.005));
        }
        // The same bytes on a second run.
        Path again = Cli.runInto(dir.resolve("buurten.yaml"), dir.resolve("again"));
        assertThat(Files.readAllBytes(again.resolve(BusinessCaseWorkbook.FILE))).isEqualTo(Files.readAllBytes(file));
        // LibreOffice too, from poisoned caches.
        Path soffice = LibreOffice.require();
        Path poisoned = dir.resolve("lo").resolve(BusinessCaseWorkbook.FILE);
        Files.createDirectories(poisoned.getParent());
        List<Double> expected = new ArrayList<>();
        try (XSSFWorkbook workbook = Workbooks.open(file); OutputStream stream = Files.newOutputStream(poisoned)) {
            XSSFRow total = workbook.getSheet(AreaSheets.AREAS).getRow(3 + AREAS);
            for (int c = 3; c <= total.getLastCellNum() - 1; c++) {
                expected.add(total.getCell(c).getNumericCellValue());
            }
            poison(total);
            workbook.write(stream);
        }
        Path recalculated = LibreOffice.recalculate(soffice, poisoned, poisoned.getParent());
        try (XSSFWorkbook workbook = Workbooks.open(recalculated)) {
            XSSFRow total = workbook.getSheet(AreaSheets.AREAS).getRow(3 + AREAS);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(total.getCell(3 + i).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(total.getCell(3 + i).getNumericCellValue()).isCloseTo(expected.get(i), within(0.005));
            }
        }
    }


    private static void poison(XSSFRow total) {
        for (int c = 3; c < total.getLastCellNum(); c++) {
            total.getCell(c).setCellValue(-987654.321);
        }
    }
}
