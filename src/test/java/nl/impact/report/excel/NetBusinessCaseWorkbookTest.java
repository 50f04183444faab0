package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.BusinessCase;
import nl.impact.engine.BusinessCaseMetrics;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Variant;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The begroting and the net business case in the workbooks follow their inputs as the engine would. */
class NetBusinessCaseWorkbookTest {

    static RunResult result;
    static nl.impact.report.RunOutputs outputs;

    @BeforeAll
    static void run() throws Exception {
        result = Workbooks.run(Workbooks.PLUSWIJKEN);
        outputs = nl.impact.report.RunOutputs.of(result);
    }

    private static XSSFWorkbook bijlage1() {
        return BusinessCaseWorkbook.build(outputs, DocumentDate.FIXED).workbook();
    }

    private static double value(XSSFWorkbook wb, String sheet, String label, String part, String column) {
        return Workbooks.at(wb, sheet, label, "verwacht", part, column).getNumericCellValue();
    }

    private static void recalculate(XSSFWorkbook wb) {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    @Test
    void aHigherTariffRaisesTheInvestmentsAndLowersTheNet() throws Exception {
        try (XSSFWorkbook wb = bijlage1()) {
            double invested2026 = value(wb, "Business case", "Welzijn op Recept", "investeringen", "2026");
            double insurer2027 = value(wb, "Per financier", "zorgverzekeraar", "investeringen", "2027");
            double net = value(wb, "Business case", "Totaal plan", "netto", "Totaal");
            // 10,000 more per welfare coach FTE; the FTE are 5, 10 and 15 (plan L1775-1779).
            for (Cell tariff : Workbooks.named(wb, "begroting_welzijnscoaches_tarief_verwacht")) {
                tariff.setCellValue(tariff.getNumericCellValue() + 10_000);
            }
            recalculate(wb);
            assertThat(value(wb, "Business case", "Welzijn op Recept", "investeringen", "2026") - invested2026)
                    .isCloseTo(100_000, within(Workbooks.CENT));
            assertThat(value(wb, "Per financier", "zorgverzekeraar", "investeringen", "2027") - insurer2027)
                    .isCloseTo(150_000, within(Workbooks.CENT));
            assertThat(value(wb, "Business case", "Totaal plan", "netto", "Totaal") - net)
                    .isCloseTo(-300_000, within(Workbooks.CENT));
        }
    }

    @Test
    void aKernaanpakQuantityDrivesBothItsEffectsAndItsBudgetLine() throws Exception {
        try (XSSFWorkbook wb = bijlage1()) {
            double cost2025 = value(wb, "Begroting", "Totaal begroting", null, "2025");
            double net2025 = value(wb, "Business case", "Welzijn op Recept", "netto", "2025");
            double net2026 = value(wb, "Business case", "Welzijn op Recept", "netto", "2026");
            Cell fte2025 = Workbooks.named(wb, "welzijn_op_recept_fte_verwacht").get(0);
            fte2025.setCellValue(fte2025.getNumericCellValue() + 1);
            recalculate(wb);
            // One more FTE costs 75,000 (the default tariff) and sees 135 clients (plan L1780).
            assertThat(value(wb, "Begroting", "Totaal begroting", null, "2025") - cost2025)
                    .isCloseTo(75_000, within(Workbooks.CENT));
            // 135 clients x (77 + 1,139 Wmo + 271 + 132 Zvw) in 2025, the recurring 1,139 + 132 again in 2026.
            assertThat(value(wb, "Business case", "Welzijn op Recept", "netto", "2025") - net2025)
                    .isCloseTo(135 * (77 + 1139 + 271 + 132) - 75_000, within(Workbooks.CENT));
            assertThat(value(wb, "Business case", "Welzijn op Recept", "netto", "2026") - net2026)
                    .isCloseTo(135 * (1139 + 132), within(Workbooks.CENT));
        }
    }

    @Test
    void theKeyFiguresFollowTheDiscountRateAsTheEngineComputesThem() throws Exception {
        BigDecimal rate = new BigDecimal("0.04");
        NetFlow total = BusinessCase.of(result).stream().filter(f -> f.dimension() == Totals.Dimension.TOTAL)
                .findFirst().orElseThrow();
        BusinessCaseMetrics expected = BusinessCaseMetrics.of(total, Variant.EXPECTED, rate, result.scenario().years().first());
        try (XSSFWorkbook wb = bijlage1()) {
            Workbooks.named(wb, KeyFiguresSheet.RATE).get(0).setCellValue(rate.doubleValue());
            recalculate(wb);
            Row row = keyFigures(wb, "Totaal plan", "verwacht");
            assertThat(row.getCell(KeyFiguresSheet.PV_BENEFITS).getNumericCellValue())
                    .isCloseTo(expected.benefitsPresentValue().doubleValue(), within(Workbooks.CENT));
            assertThat(row.getCell(KeyFiguresSheet.PV_INVESTMENTS).getNumericCellValue())
                    .isCloseTo(expected.investmentsPresentValue().doubleValue(), within(Workbooks.CENT));
            assertThat(row.getCell(KeyFiguresSheet.NPV).getNumericCellValue())
                    .isCloseTo(expected.netPresentValue().doubleValue(), within(Workbooks.CENT));
            assertThat(row.getCell(KeyFiguresSheet.RATIO).getNumericCellValue())
                    .isCloseTo(expected.ratio().orElseThrow().doubleValue(), within(0.000001));
            assertThat(row.getCell(KeyFiguresSheet.NPV).getNumericCellValue())
                    .isLessThan(row.getCell(KeyFiguresSheet.NET).getNumericCellValue());
        }
    }

    @Test
    void aFinancierThatInvestsNothingHasNoRatio() throws Exception {
        try (XSSFWorkbook wb = bijlage1()) {
            Row zorgkantoor = keyFigures(wb, "zorgkantoor", "verwacht");
            assertThat(zorgkantoor.getCell(KeyFiguresSheet.RATIO).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(zorgkantoor.getCell(KeyFiguresSheet.RATIO).getStringCellValue()).isEqualTo("geen");
            // The Wlz only bears the Doorbraakmethode's direct costs: it never breaks even.
            assertThat(zorgkantoor.getCell(KeyFiguresSheet.BREAK_EVEN).getStringCellValue())
                    .isEqualTo("geen: cumulatief netto eindigt negatief");
        }
    }

    @Test
    void bijlage2IsTheBegrotingWithItsSourcesAndLiveSubtotals() throws Exception {
        try (XSSFWorkbook wb = BegrotingWorkbook.build(result, DocumentDate.FIXED).workbook()) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Begroting", "Bronnen en aannames");
            // A quantity taken from a kernaanpak is a value here (bijlage 1 computes it), not a formula.
            Cell fte = Workbooks.post(wb, "Begroting", "Extra welzijnscoaches, 5 fte in 2025 oplopend tot"
                    + " 15 fte in 2027", "aantal: fte", BudgetSheet.ALL_VARIANTS, "2025");
            assertThat(fte.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(fte.getNumericCellValue()).isEqualTo(5.0);

            double personnel = value(wb, "Begroting", "Personeel", null, "2027");
            double gemeente = value(wb, "Begroting", "gemeente", null, "2027");
            double total = value(wb, "Begroting", "Totaal begroting", null, "Totaal");
            for (Cell share : Workbooks.named(wb, "begroting_projectleiders_doorbraakmethode_aandeel_gemeente_verwacht")) {
                share.setCellValue(0.75);
            }
            for (Cell share : Workbooks.named(wb, "begroting_projectleiders_doorbraakmethode_aandeel_zorgverzekeraar_verwacht")) {
                share.setCellValue(0.25);
            }
            Cell gemeenten2027 = Workbooks.named(wb, "begroting_projectleiders_doorbraakmethode_aantal_verwacht").get(2);
            gemeenten2027.setCellValue(gemeenten2027.getNumericCellValue() + 2);
            recalculate(wb);
            // Two more gemeenten at 20,000 each in 2027: personnel and the total rise by 40,000; the
            // gemeenten now pay three quarters of 18 x 20,000 instead of half of 16 x 20,000.
            assertThat(value(wb, "Begroting", "Personeel", null, "2027") - personnel).isCloseTo(40_000, within(Workbooks.CENT));
            assertThat(value(wb, "Begroting", "Totaal begroting", null, "Totaal") - total)
                    .isCloseTo(40_000, within(Workbooks.CENT));
            assertThat(value(wb, "Begroting", "gemeente", null, "2027") - gemeente)
                    .isCloseTo(0.75 * 18 * 20_000 - 0.5 * 16 * 20_000, within(Workbooks.CENT));
        }
    }

    /** The key figures of {@code label} in {@code variant}, or in the row that stands for all variants. */
    private static Row keyFigures(XSSFWorkbook wb, String label, String variant) {
        for (String v : List.of(variant, Labels.ALL_VARIANTS)) {
            for (Row row : wb.getSheet("Kengetallen")) {
                Cell a = row.getCell(0);
                Cell b = row.getCell(1);
                if (a != null && b != null && a.getCellType() == CellType.STRING && b.getCellType() == CellType.STRING
                        && a.getStringCellValue().equals(label) && b.getStringCellValue().equals(v)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no key figures for " + label + "/" + variant);
    }

    @Test
    void theZvwKpiFollowsTheZvwEffectsOfTheKernaanpakken() throws Exception {
        try (XSSFWorkbook wb = bijlage1()) {
            String kpi = result.kpis().stream().filter(k -> k.kpi().calculator().equals(KpiSheet.DOMAIN_COST_REDUCTION))
                    .findFirst().orElseThrow().kpi().name() + " – verloop scenario";
            double y2025 = value(wb, "KPI's", kpi, null, "2025");
            double y2027 = value(wb, "KPI's", kpi, null, "2027");
            String position = Workbooks.at(wb, "KPI's", kpi.replace("verloop scenario", "positie (verwacht)"),
                    "verwacht", null, "2027").getStringCellValue();
            assertThat(position).isIn("onder", "binnen", "boven");
            // 10 euros more Zvw saving per frail elderly person in view: 739.2, 3,344 and 6,160 of them.
            for (Cell amount : Workbooks.named(wb, "kernteam_ouderen_Minder_SEH_bezoeken_Zvw_verwacht")) {
                amount.setCellValue(amount.getNumericCellValue() + 10);
            }
            recalculate(wb);
            assertThat(value(wb, "KPI's", kpi, null, "2025") - y2025).isCloseTo(7_392, within(Workbooks.CENT));
            // KPI 5 is cumulative.
            assertThat(value(wb, "KPI's", kpi, null, "2027") - y2027)
                    .isCloseTo(10 * (739.2 + 3344 + 6160), within(Workbooks.CENT));
        }
    }
}
