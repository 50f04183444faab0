package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.impact.engine.RunResult;
import nl.impact.testing.Cli;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bijlage 3, the mijlpalenplanning: its sums are live formulas that POI and LibreOffice recompute
 * from poisoned caches to the engine's values, its tranches per post stand beside the begroting
 * (figures by hand in src/test/resources/milestones/two-kernaanpakken.yaml), an edited tranche shows
 * at once whether it still fits, and {@code run --check} compares it.
 */
class MilestoneWorkbookTest {

    private static final Path SCENARIO = Path.of("src/test/resources/milestones/two-kernaanpakken.yaml");
    private static final double POISON = -987654.321;

    static RunResult result;

    @TempDir
    Path work;

    @BeforeAll
    static void run() throws Exception {
        result = Workbooks.run(SCENARIO);
    }

    @Test
    void poiRecomputesEveryFormulaFromPoisonedCaches() throws Exception {
        for (RunResult run : List.of(result, Workbooks.run(Workbooks.PLUSWIJKEN))) {
            BusinessCaseWorkbook.Built built = MilestoneWorkbook.build(run, DocumentDate.FIXED);
            assertThat(built.expectations().keys()).isNotEmpty();
            try (XSSFWorkbook workbook = built.workbook()) {
                assertThat(Workbooks.formulaCells(workbook)).containsExactlyInAnyOrderElementsOf(
                        built.expectations().keys());
                Workbooks.assertRecomputedFromPoisonedCaches(workbook, built.expectations());
            }
        }
    }

    @Test
    void tranchesPerPostStandBesideTheBegrotingAsComputedByHand() throws Exception {
        try (XSSFWorkbook workbook = MilestoneWorkbook.build(result, DocumentDate.FIXED).workbook()) {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            // la, 2025: m1 3,000 + m3 3,000 of 6,000, nothing paid otherwise; 2026: m4 3,000 of 6,000;
            // 2027: m6 3,000 of 6,000.
            assertThat(numbers(row(workbook, TrancheSheet.NAME, "Inzet aanpak A"), 2, 9))
                    .containsExactly(6000.0, 6000.0, 0.0, 3000.0, 6000.0, 3000.0, 3000.0, 6000.0, 3000.0);
            // lb, gemeente: m2 1,000 in 2025 and m7 1,000 in 2027 of 2,000 a year.
            assertThat(numbers(row(workbook, TrancheSheet.NAME, "Inzet aanpak B"), 2, 9))
                    .containsExactly(1000.0, 2000.0, 1000.0, 0.0, 2000.0, 2000.0, 1000.0, 2000.0, 1000.0);
            assertThat(row(workbook, TrancheSheet.NAME, "Inzet aanpak A").getCell(11).getStringCellValue())
                    .isEqualTo("ja");
            // All tranches: 3,000 + 1,000 + 3,000 + 3,000 + 3,000 + 1,000.
            assertThat(row(workbook, MilestonePlanSheet.NAME, "Totaal tranches").getCell(MilestonePlanSheet.TRANCHE)
                    .getNumericCellValue()).isEqualTo(14000.0);
        }
    }

    @Test
    void aTrancheEditedAboveTheBegrotingShowsAtOnce() throws Exception {
        try (XSSFWorkbook workbook = MilestoneWorkbook.build(result, DocumentDate.FIXED).workbook()) {
            row(workbook, MilestonePlanSheet.NAME, "m3").getCell(MilestonePlanSheet.TRANCHE).setCellValue(3001);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Row la = row(workbook, TrancheSheet.NAME, "Inzet aanpak A");
            assertThat(numbers(la, 2, 3)).containsExactly(6001.0, 6000.0, -1.0);
            assertThat(la.getCell(11).getStringCellValue()).isEqualTo("nee");
            assertThat(row(workbook, MilestonePlanSheet.NAME, "Totaal tranches").getCell(MilestonePlanSheet.TRANCHE)
                    .getNumericCellValue()).isEqualTo(14001.0);
        }
    }

    @Test
    void libreOfficeRecomputesTheSame() throws Exception {
        Path soffice = LibreOffice.require();
        BusinessCaseWorkbook.Built built = MilestoneWorkbook.build(result, DocumentDate.FIXED);
        Path poisoned = work.resolve(MilestoneWorkbook.FILE);
        try (XSSFWorkbook workbook = built.workbook(); OutputStream out = Files.newOutputStream(poisoned)) {
            for (String key : built.expectations().keys()) {
                Workbooks.cell(workbook, key).setCellValue(POISON);
            }
            workbook.write(out);
        }
        try (XSSFWorkbook workbook = Workbooks.open(LibreOffice.recalculate(soffice, poisoned, work))) {
            assertThat(Workbooks.disagreements(built.expectations().values(),
                    key -> Workbooks.cell(workbook, key).getNumericCellValue())).isEmpty();
            assertThat(Workbooks.textDisagreements(built.expectations().texts(), workbook)).isEmpty();
        }
    }

    @Test
    void runWritesItAndCheckComparesIt() throws Exception {
        Path out = Cli.runInto(SCENARIO, work.resolve("out"));
        Path bijlage = out.resolve(MilestoneWorkbook.FILE);
        assertThat(bijlage).exists();
        assertThat(Cli.run("run", SCENARIO.toString(), "--check", out.toString()).exitCode()).isZero();
        try (XSSFWorkbook workbook = Workbooks.open(bijlage)) {
            row(workbook, MilestonePlanSheet.NAME, "m3").getCell(MilestonePlanSheet.TRANCHE).setCellValue(2500);
            Path edited = work.resolve("edited.xlsx");
            try (OutputStream stream = Files.newOutputStream(edited)) {
                workbook.write(stream);
            }
            Files.move(edited, bijlage, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Cli.Result check = Cli.run("run", SCENARIO.toString(), "--check", out.toString());
        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.err()).contains("differs: " + MilestoneWorkbook.FILE);
    }

    @Test
    void aScenarioWithoutMilestonesHasNoBijlage3() throws Exception {
        Path out = Cli.runInto(Path.of("src/test/resources/workbook-edge-cases/break-even.yaml"), work.resolve("none"));
        assertThat(out.resolve(MilestoneWorkbook.FILE)).doesNotExist();
    }

    /** The first row of the sheet whose first cell is {@code label}. */
    private static Row row(XSSFWorkbook workbook, String sheet, String label) {
        XSSFSheet s = workbook.getSheet(sheet);
        for (Row r : s) {
            Cell first = r.getCell(0);
            if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && first.getStringCellValue().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row '" + label + "' on " + sheet);
    }

    private static List<Double> numbers(Row row, int from, int count) {
        return java.util.stream.IntStream.range(from, from + count).mapToObj(c -> row.getCell(c).getNumericCellValue())
                .toList();
    }
}
