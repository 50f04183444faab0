package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.RunResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a budget post that is the same in every variant takes one row per figure
 * ("alle varianten") instead of three, and stays live: one edit moves every variant's totals.
 */
class BudgetVariantsOnceTest {

    /** PlusWIJken's programme team: 4 FTE at 110,000 a year in every variant (plan L1868-1871). */
    private static final String TEAM = "Programmateam PlusWIJken (programmamanagement, coördinatie, secretariaat, control)";

    static RunResult result;

    @BeforeAll
    static void compute() throws Exception {
        result = Workbooks.run(Workbooks.PLUSWIJKEN);
    }

    @Test
    void aPostTheSameInEveryVariantTakesOneRowPerFigure() throws Exception {
        for (XSSFWorkbook wb : List.of(BegrotingWorkbook.build(result, DocumentDate.FIXED).workbook(),
                BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), DocumentDate.FIXED).workbook())) {
            Sheet sheet = wb.getSheet("Begroting");
            List<String> variants = variantsUnder(sheet, TEAM, null);
            // aantal, tarief and kosten: one row each; the zorgverzekeraar pays all of it, so no row
            // "betaald door" repeats the cost.
            assertThat(variants).containsExactly(BudgetSheet.ALL_VARIANTS, BudgetSheet.ALL_VARIANTS,
                    BudgetSheet.ALL_VARIANTS);
            // Every post of PlusWIJken's begroting is the same in every variant: so is every subtotal.
            assertThat(variantsOf(sheet, "Totaal begroting")).containsExactly(BudgetSheet.ALL_VARIANTS);
            assertThat(variantsOf(sheet, "zorgverzekeraar")).containsExactly(BudgetSheet.ALL_VARIANTS);
            // A post split between financiers keeps its parts: the gemeenten pay half the project leaders.
            assertThat(variantsUnder(sheet, "Projectleider of coördinator per deelnemende gemeente voor de"
                    + " Doorbraakmethode", "betaald door")).hasSize(2);
        }
        // The welfare coaches' FTE come from their kernaanpak, the same in every variant: copied as
        // numbers in bijlage 2, one row; in bijlage 1 one row too, referring to the one row that stands
        // for every variant on the kernaanpak's sheet.
        String coaches = "Extra welzijnscoaches, 5 fte in 2025 oplopend tot 15 fte in 2027";
        assertThat(variantsUnder(BegrotingWorkbook.build(result, DocumentDate.FIXED).workbook().getSheet("Begroting"),
                coaches, "aantal: fte")).containsExactly(BudgetSheet.ALL_VARIANTS);
        XSSFWorkbook bijlage1 = BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), DocumentDate.FIXED).workbook();
        assertThat(variantsUnder(bijlage1.getSheet("Begroting"), coaches, "aantal: fte"))
                .containsExactly(BudgetSheet.ALL_VARIANTS);
        Cell live = Workbooks.post(bijlage1, "Begroting", coaches, "aantal: fte", BudgetSheet.ALL_VARIANTS, "2025");
        // A reference to the one row of the coaches' fte on Welzijn op Recept's sheet, in 2025 (column E).
        org.apache.poi.ss.util.CellReference to = new org.apache.poi.ss.util.CellReference(live.getCellFormula());
        assertThat(to.getSheetName()).isEqualTo("Welzijn op Recept");
        assertThat(to.getCol()).isEqualTo((short) 4);
        org.apache.poi.ss.usermodel.Row fte = bijlage1.getSheet("Welzijn op Recept").getRow(to.getRow());
        assertThat(fte.getCell(0).getStringCellValue()).contains("fte");
        assertThat(fte.getCell(1).getStringCellValue()).isEqualTo(BudgetSheet.ALL_VARIANTS);
    }

    @Test
    void aPostThatDiffersBetweenVariantsKeepsARowPerVariantAndSoDoItsSubtotals() throws Exception {
        RunResult banded = nl.impact.engine.Computation.of(Workbooks.PLUSWIJKEN,
                List.of(nl.impact.scenario.ScenarioOverride.parse(
                        "begroting.lines.programmateam.tariff={min: 100000, expected: 110000, max: 130000}")));
        try (XSSFWorkbook wb = BegrotingWorkbook.build(banded, DocumentDate.FIXED).workbook()) {
            Sheet sheet = wb.getSheet("Begroting");
            assertThat(variantsUnder(sheet, TEAM, "tarief")).containsExactly("minimaal", "verwacht", "maximaal");
            assertThat(variantsOf(sheet, "Totaal begroting")).containsExactly("minimaal", "verwacht", "maximaal");
            assertThat(variantsOf(sheet, "Programma (programmabreed)")).containsExactly("minimaal", "verwacht", "maximaal");
            // The other kernaanpakken's posts are still the same in every variant, and so are their subtotals.
            assertThat(variantsOf(sheet, "Welzijn op Recept")).containsExactly(BudgetSheet.ALL_VARIANTS);
            assertThat(Workbooks.at(wb, "Begroting", "Totaal begroting", "maximaal", null, "Totaal").getNumericCellValue()
                    - Workbooks.at(wb, "Begroting", "Totaal begroting", "verwacht", null, "Totaal").getNumericCellValue())
                    .isCloseTo(4 * 20_000.0 * 3, within(Workbooks.CENT));
        }
    }

    @Test
    void oneEditOfTheSharedRowMovesTheTotalOfEveryVariant() {
        try (XSSFWorkbook wb = BegrotingWorkbook.build(result, DocumentDate.FIXED).workbook()) {
            double[] before = totals(wb);
            // Every variant's name refers to the one tariff row.
            List<Cell> tariff = Workbooks.named(wb, "begroting_programmateam_tarief_minimaal");
            assertThat(Workbooks.named(wb, "begroting_programmateam_tarief_maximaal").get(0).getAddress())
                    .isEqualTo(tariff.get(0).getAddress());
            for (Cell cell : tariff) {
                cell.setCellValue(cell.getNumericCellValue() + 1_000);
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            double[] after = totals(wb);
            int years = tariff.size();
            for (int v = 0; v < 3; v++) {
                // 4 FTE, 1,000 more each, in every plan year.
                assertThat(after[v] - before[v]).isCloseTo(4 * 1_000.0 * years, within(Workbooks.CENT));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double[] totals(XSSFWorkbook wb) {
        double[] totals = new double[3];
        String[] variants = {"minimaal", "verwacht", "maximaal"};
        for (int v = 0; v < 3; v++) {
            totals[v] = Workbooks.at(wb, "Begroting", "Totaal begroting", variants[v], null, "Totaal").getNumericCellValue();
        }
        return totals;
    }

    /** The variants of the rows under {@code post}'s own row whose name starts with {@code figure} (any when null). */
    private static List<String> variantsUnder(Sheet sheet, String post, String figure) {
        return Workbooks.rowsUnder(sheet, post).stream().filter(row -> figure == null || text(row, 0).startsWith(figure))
                .map(row -> text(row, 1)).toList();
    }

    private static List<String> variantsOf(Sheet sheet, String labelStart) {
        List<String> variants = new ArrayList<>();
        for (Row row : sheet) {
            if (text(row, 0).startsWith(labelStart) && !text(row, 1).isEmpty()) {
                variants.add(text(row, 1));
            }
        }
        return variants;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }
}
