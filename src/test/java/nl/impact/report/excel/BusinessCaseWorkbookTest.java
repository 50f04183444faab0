package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.impact.engine.RunResult;
import nl.impact.testing.Cli;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bijlage 1 of the default scenario, as `impact run` writes it, against the engine. */
class BusinessCaseWorkbookTest {

    @TempDir
    static Path out;

    static Path file;
    static Map<String, BigDecimal> expected;
    static Map<String, String> expectedTexts;
    static java.util.Set<String> formulaKeys;
    static RunResult result;

    @BeforeAll
    static void runDefaultScenario() throws Exception {
        Cli.Result run = Cli.run("run", Workbooks.PLUSWIJKEN.toString(), "--out", out.resolve("run").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        file = out.resolve("run").resolve(BusinessCaseWorkbook.FILE);
        result = Workbooks.run(Workbooks.PLUSWIJKEN);
        BusinessCaseWorkbook.Built built = BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), DocumentDate.FIXED);
        built.workbook().close();
        expected = built.expectations().values();
        expectedTexts = built.expectations().texts();
        formulaKeys = built.expectations().keys();
    }

    @Test
    void hasTheSheetsOfBijlage1() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            List<String> names = new java.util.ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Samenvatting", "Business case", "Per financier", "Kengetallen",
                    "Gevoeligheid", "KPI's", "Programmalijn 1 (PlusWIJkteams)", "Doorbraakmethode", "Kernteam ouderen", "PlusPraktijken",
                    "Welzijn op Recept", "Begroting", "Bronnen en aannames");
        }
    }

    /** The whole plan's tornado: the largest swing of net first (as in sensitivity.csv), and a chart per block. */
    @Test
    void gevoeligheidShowsTheLargestSwingFirstWithTornadoCharts() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.getSheet("Gevoeligheid");
            int header = -1;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getCell(0) != null && "Parameter".equals(row.getCell(0).getStringCellValue())) {
                    header = row.getRowNum();
                    break;
                }
            }
            assertThat(header).isPositive();
            org.apache.poi.ss.usermodel.Row top = sheet.getRow(header + 1);
            // By its label from the register of inputs, not its path.
            assertThat(top.getCell(0).getStringCellValue())
                    .isEqualTo("Kernteam ouderen - Kortere opnameduur en minder acute opnames (Zvw)");
            assertThat(top.getCell(4).getNumericCellValue()).isCloseTo(31_214_652.42, org.assertj.core.data.Offset.offset(0.01));
            assertThat(top.getCell(7).getNumericCellValue()).isCloseTo(6_145_920.00, org.assertj.core.data.Offset.offset(0.01));
            // Whole plan, then gemeente, zorgverzekeraar, zorgkantoor: zorgkantoor has no banded parameter reaching it
            // only when every swing is zero, so at least the plan and two financiers have a tornado.
            assertThat(sheet.createDrawingPatriarch().getCharts()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyFormulaCellHasAnEngineValueAndEveryEngineValueAFormulaCell() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            List<String> formulas = Workbooks.formulaCells(workbook);
            assertThat(formulas).hasSizeGreaterThan(1000);
            assertThat(formulas).containsExactlyInAnyOrderElementsOf(formulaKeys);
        }
    }

    @Test
    void cachedValuesAgreeWithTheEngineToTheCent() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            assertThat(Workbooks.disagreements(expected, key -> cachedNumber(Workbooks.cell(workbook, key)))).isEmpty();
            assertThat(Workbooks.textDisagreements(expectedTexts, workbook)).isEmpty();
        }
    }

    @Test
    void recomputedValuesAgreeWithTheEngineToTheCent() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            // Poison every cached value first, so only a real recomputation can pass.
            for (String key : formulaKeys) {
                Workbooks.cell(workbook, key).setCellValue(-987654.321);
            }
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            assertThat(Workbooks.disagreements(expected, key -> cachedNumber(Workbooks.cell(workbook, key)))).isEmpty();
            assertThat(Workbooks.textDisagreements(expectedTexts, workbook)).isEmpty();
        }
    }

    @Test
    void aChangedInputFlowsThroughToTheSummaryAndTheFinanciers() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            double before2025 = summary(workbook, "Doorbraakmethode", "verwacht", 2025);
            double before2026 = summary(workbook, "Doorbraakmethode", "verwacht", 2026);
            double gemeente2026 = summary(workbook, "Per financier", "gemeente", "verwacht", 2026);
            // 100 more households starting in 2025, through the named range of the input.
            Cell households2025 = namedCells(workbook, "doorbraakmethode_huishoudens_verwacht").get(0);
            households2025.setCellValue(households2025.getNumericCellValue() + 100);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            // Directe opbrengsten 3,287 per case in 2025; kosten voorkomen 17,004 per case one year later (plan L1094-1095).
            assertThat(summary(workbook, "Doorbraakmethode", "verwacht", 2025) - before2025).isCloseTo(328_700, within());
            assertThat(summary(workbook, "Doorbraakmethode", "verwacht", 2026) - before2026).isCloseTo(1_700_400, within());
            // Gemeente pays Wmo, Jeugdwet, Wgs, Participatiewet: 8,207 + 6,994 + 84 + 169 per case in 2026.
            assertThat(summary(workbook, "Per financier", "gemeente", "verwacht", 2026) - gemeente2026)
                    .isCloseTo(100 * (8207 + 6994 + 84 + 169), within());
        }
    }

    @Test
    void namesTheInputsAndKeepsTheirValuesAsInputs() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            List<Cell> fte = namedCells(workbook, "welzijn_op_recept_fte_verwacht");
            assertThat(fte).extracting(Cell::getNumericCellValue).containsExactly(5.0, 10.0, 15.0);
            assertThat(fte).allSatisfy(c -> assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC));
            assertThat(workbook.getName("kernteam_ouderen_kernteams_minimaal")).isNotNull();
        }
    }

    @Test
    void looksLikeAFinancialWorkbook() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            for (XSSFSheet sheet : List.of(workbook.getSheet("Samenvatting"), workbook.getSheet("Doorbraakmethode"),
                    workbook.getSheet("Per financier"), workbook.getSheet("Bronnen en aannames"))) {
                assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getPrintSetup().getScale()).isBetween((short) PageLayout.MIN_SCALE, (short) 100);
            }
            // Whole euros, as the plan writes them, on the summary and in the detail; cents only where a tariff
            // or amount per unit has them (PlusPraktijken's € 174,06 per avoided referral).
            Cell total = Workbooks.cell(workbook, "Samenvatting!E7");
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("\"€ \"#,##0;[Red]\"€ \"-#,##0");
            assertThat(Workbooks.named(workbook, "begroting_welzijnscoaches_tarief_verwacht").get(0).getCellStyle()
                    .getDataFormatString()).isEqualTo("\"€ \"#,##0;[Red]\"€ \"-#,##0");
            Cell perReferral = Workbooks.at(workbook, "PlusPraktijken",
                    "Minder verwijzingen naar de tweede lijn – Zvw", "verwacht", null, "2025");
            assertThat(perReferral.getNumericCellValue()).isCloseTo(174.06, org.assertj.core.data.Offset.offset(0.005));
            assertThat(perReferral.getCellStyle().getDataFormatString()).startsWith("\"€ \"#,##0.00");
            Cell input = namedCells(workbook, "doorbraakmethode_huishoudens_verwacht").get(0);
            assertThat(input.getCellStyle().getFillForegroundColorColor()).isNotNull();
            assertThat(total.getCellStyle().getFillForegroundColorColor()).isNull();
            assertThat(workbook.getSheet("Samenvatting").getDrawingPatriarch().getCharts()).hasSize(2);
            assertThat(workbook.getSheet("Per financier").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void highlightsAssumptionsInTheSources() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            XSSFSheet sources = workbook.getSheet("Bronnen en aannames");
            int assumptions = 0;
            int sourced = 0;
            for (org.apache.poi.ss.usermodel.Row row : sources) {
                Cell kind = row.getCell(3);
                if (row.getRowNum() <= 3 || kind == null) {
                    continue;
                }
                boolean highlighted = kind.getCellStyle().getFillForegroundColorColor() != null;
                switch (kind.getStringCellValue()) {
                    case "aanname", "voorlopig" -> {
                        assumptions++;
                        assertThat(highlighted).as("row " + (row.getRowNum() + 1)).isTrue();
                    }
                    default -> {
                        sourced++;
                        assertThat(highlighted).as("row " + (row.getRowNum() + 1)).isFalse();
                    }
                }
            }
            assertThat(assumptions).isEqualTo(Workbooks.assumedParameters(result.scenario()));
            // Programmalijn 1: three per-wijk numbers and three amounts; Kernteam ouderen: three amounts;
            // PlusPraktijken: the 2026-2027 PlusPunt volumes; and at least the begroting's tariffs.
            assertThat(assumptions).isGreaterThan(11 + 10);
            assertThat(sourced).isGreaterThan(20);
        }
    }

    private static java.util.List<Cell> namedCells(XSSFWorkbook workbook, String name) {
        Name defined = workbook.getName(name);
        assertThat(defined).as(name).isNotNull();
        AreaReference area = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion());
        java.util.List<Cell> cells = new java.util.ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            cells.add(workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()));
        }
        return cells;
    }

    private static double summary(XSSFWorkbook workbook, String kernaanpak, String variant, int year) {
        return summary(workbook, "Samenvatting", kernaanpak, variant, year);
    }

    /** The value in the row labelled {@code label}/{@code variant}, in the column headed {@code year}. */
    private static double summary(XSSFWorkbook workbook, String sheetName, String label, String variant, int year) {
        XSSFSheet sheet = workbook.getSheet(sheetName);
        int column = -1;
        for (Cell c : sheet.getRow(3)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(Integer.toString(year))) {
                column = c.getColumnIndex();
            }
        }
        // A figure the same in every variant has one row that stands for each.
        for (String v : List.of(variant, Labels.ALL_VARIANTS)) {
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                Cell a = row.getCell(0);
                Cell b = row.getCell(1);
                if (a != null && b != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals(label)
                        && b.getStringCellValue().equals(v)) {
                    return row.getCell(column).getNumericCellValue();
                }
            }
        }
        throw new AssertionError("no row " + label + "/" + variant + " on " + sheetName);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(Workbooks.CENT);
    }

    private static Double cachedNumber(Cell cell) {
        if (cell == null || cell.getCellType() != CellType.FORMULA
                || cell.getCachedFormulaResultType() != CellType.NUMERIC) {
            return null;
        }
        return cell.getNumericCellValue();
    }

    @Test
    void theSameScenarioGivesTheSameBytes() throws Exception {
        // Zip entry times have a 2-second resolution: let the clock move on, so a time stamp would show.
        long waited = System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis();
        if (waited < 2_100) {
            Thread.sleep(2_100 - waited);
        }
        Path again = out.resolve("again");
        assertThat(Cli.run("run", Workbooks.PLUSWIJKEN.toString(), "--out", again.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(again.resolve(BusinessCaseWorkbook.FILE))).isEqualTo(Files.readAllBytes(file));
        assertThat(Files.readAllBytes(again.resolve(BegrotingWorkbook.FILE)))
                .isEqualTo(Files.readAllBytes(out.resolve("run").resolve(BegrotingWorkbook.FILE)));
    }

    @Test
    void everySeriesHasItsOwnColourAndLinesAreDrawn() throws Exception {
        // Without explicit shape properties LibreOffice draws line series as markers in one colour.
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            var lines = workbook.getSheet("Samenvatting").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0);
            List<String> colours = new java.util.ArrayList<>();
            for (int i = 0; i < lines.getSeriesCount(); i++) {
                var stroke = lines.getSeries(i).getShapeProperties().getLineProperties();
                assertThat(stroke.getWidth()).isEqualTo(2.0);
                var fill = (org.apache.poi.xddf.usermodel.XDDFSolidFillProperties) stroke.getFillProperties();
                colours.add(java.util.Arrays.toString(((org.apache.poi.xddf.usermodel.XDDFColorRgbBinary) fill.getColor())
                        .getValue()));
            }
            assertThat(colours).hasSize(3).doesNotHaveDuplicates();
            var bars = workbook.getSheet("Per financier").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0);
            for (int i = 0; i < bars.getSeriesCount(); i++) {
                assertThat(bars.getSeries(i).getShapeProperties().getFillProperties())
                        .isInstanceOf(org.apache.poi.xddf.usermodel.XDDFSolidFillProperties.class);
            }
        }
    }

    @Test
    void theChartsShowTheRowsTheyName() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            var financierCharts = workbook.getSheet("Per financier").getDrawingPatriarch().getCharts();
            var bars = financierCharts.get(0).getChartSeries().get(0);
            assertThat(bars).isInstanceOf(org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.class);
            assertThat(((org.apache.poi.xddf.usermodel.chart.XDDFBarChartData) bars).getBarGrouping())
                    .isEqualTo(org.apache.poi.xddf.usermodel.chart.BarGrouping.STACKED);
            List<String> ranges = new java.util.ArrayList<>();
            for (int i = 0; i < bars.getSeriesCount(); i++) {
                var series = bars.getSeries(i);
                ranges.add(series.getValuesData().getDataRangeReference());
                String values = series.getValuesData().getDataRangeReference();
                // Each series is the financier's expected benefits, over the effect years.
                Cell first = Workbooks.cell(workbook, "Per financier!" + values.substring(values.indexOf('!') + 1,
                        values.indexOf(':')).replace("$", ""));
                var row = first.getRow();
                assertThat(row.getCell(1).getStringCellValue()).isIn("verwacht", Labels.ALL_VARIANTS);
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("opbrengsten");
                assertThat(values).endsWith(":$I$" + (row.getRowNum() + 1));
            }
            assertThat(ranges).doesNotHaveDuplicates().hasSize(result.scenario().allFinanciers().size());
            assertThat(financierCharts.get(0).getCTChart().toString()).contains("overlap val=\"100\"");

            var summaryCharts = workbook.getSheet("Samenvatting").getDrawingPatriarch().getCharts();
            var cumulative = summaryCharts.get(1).getChartSeries().get(0);
            assertThat(cumulative.getSeriesCount()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                String values = cumulative.getSeries(i).getValuesData().getDataRangeReference();
                Cell first = Workbooks.cell(workbook, "Samenvatting!" + values.substring(values.indexOf('!') + 1,
                        values.indexOf(':')).replace("$", ""));
                assertThat(first.getRow().getCell(0).getStringCellValue()).isEqualTo("Totaal plan");
                assertThat(first.getRow().getCell(3).getStringCellValue()).isEqualTo("cumulatief netto");
            }
        }
    }
}
