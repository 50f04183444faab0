package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.impact.testing.Cli;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bijlage 1 of the settlements cookbook (three financiers, computed by hand in SettlementTest): the
 * Verrekeningen sheet and each financier's block on Per financier are live formulas. In 2025 the
 * Zvw saving is 100,000, the Wmo saving 50,000; the gemeente receives 30 % of the Zvw saving and pays
 * the provincie 10,000.
 */
class SettlementWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void aFinanciersNetFollowsTheSettlementsShareInTheWorkbook() throws Exception {
        Path out = Cli.runInto(Path.of("src/test/resources/cookbook/settlements.yaml"), dir.resolve("out"));
        try (XSSFWorkbook wb = Workbooks.open(out.resolve("bijlage-1-maatschappelijke-business-case.xlsx"))) {
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            assertThat(Workbooks.at(wb, "Per financier", "gemeente", "verwacht", "verrekeningen", "2025")
                    .getNumericCellValue()).isEqualTo(20_000.0);
            assertThat(Workbooks.at(wb, "Per financier", "gemeente", "verwacht", "netto", "2025")
                    .getNumericCellValue()).isEqualTo(70_000.0);
            assertThat(Workbooks.at(wb, "Per financier", "Totaal", "verwacht", "verrekeningen", "2025")
                    .getNumericCellValue()).isZero();

            // A controller changes the share from 30 % to 50 %: 50,000 - 10,000 to the gemeente.
            for (String year : new String[] {"2025", "2026"}) {
                Workbooks.at(wb, "Verrekeningen", "aandeel", "verwacht", "aanname", year).setCellValue(0.5);
            }
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            assertThat(Workbooks.at(wb, "Verrekeningen", "bedrag", "verwacht", "aandeel x grondslag", "2026")
                    .getNumericCellValue()).isEqualTo(100_000.0);
            assertThat(Workbooks.at(wb, "Per financier", "gemeente", "verwacht", "netto", "2025")
                    .getNumericCellValue()).isEqualTo(90_000.0);
            assertThat(Workbooks.at(wb, "Per financier", "zorgverzekeraar", "verwacht", "netto", "2025")
                    .getNumericCellValue()).isEqualTo(50_000.0);
            assertThat(Workbooks.at(wb, "Per financier", "Totaal", "verwacht", "netto", "2025")
                    .getNumericCellValue()).isEqualTo(100_000.0); // 150,000 benefits - 50,000 invested
        }
    }
}
