package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.RunResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large generated scenario (60 kernaanpakken, synthetic, the shape bench/generate-kernaanpakken.py
 * writes): the cached values written with the formulas are the engine's, POI's recomputation from
 * poisoned caches agrees with them, and no formula grows with the number of kernaanpakken (totals
 * are sums over ranges, not one term per kernaanpak; Excel refuses formulas above 8,192 characters).
 */
class LargeScenarioAgreementTest {

    private static final int KERNAANPAKKEN = 60;
    /**
     * Far below Excel's 8,192 characters and below what one term per kernaanpak would give here
     * (60 cross-sheet references of some 33 characters): totals must not grow with the scenario.
     */
    private static final int LONGEST_FORMULA = 1500;

    @TempDir
    Path dir;

    @Test
    void formulaCellsOfALargeScenarioAgreeWithPoisRecomputation() throws Exception {
        Path scenario = dir.resolve("synthetic.yaml");
        Files.writeString(scenario, synthetic(KERNAANPAKKEN));
        RunResult result = Workbooks.run(scenario);
        BusinessCaseWorkbook.Built built = BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), DocumentDate.FIXED);
        Expectations expected = built.expectations();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = built.workbook()) {
            workbook.write(bytes);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThan(KERNAANPAKKEN);
            assertThat(Workbooks.formulaCells(workbook)).containsExactlyInAnyOrderElementsOf(expected.keys());
            assertThat(Workbooks.disagreements(expected.values(), key -> Workbooks.cell(workbook, key)
                    .getNumericCellValue())).as("cached values are the engine's").isEmpty();
            assertThat(longestFormula(workbook)).isLessThanOrEqualTo(LONGEST_FORMULA);
            Workbooks.assertRecomputedFromPoisonedCaches(workbook, expected);
        }
    }

    private static int longestFormula(XSSFWorkbook workbook) {
        int longest = 0;
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        longest = Math.max(longest, cell.getCellFormula().length());
                    }
                }
            }
        }
        return longest;
    }

    /** The synthetic scenario of bench/generate-kernaanpakken.py, written here so the test needs no Python. */
    static String synthetic(int n) {
        StringBuilder out = new StringBuilder("""
                # SYNTHETIC test scenario: made-up figures, not a plan.
                name: Synthetisch testscenario
                description: SYNTHETIC scenario; the figures mean nothing.
                years: {first: 2026, last: 2028, effectsUntil: 2030}
                domains:
                  Wmo: {law: Wet maatschappelijke ondersteuning, financier: gemeente}
                  Zvw: {law: Zorgverzekeringswet, financier: zorgverzekeraar}
                parameters:
                  inwoners65plus: {value: 40000, kind: count, unit: inwoners, assumption: synthetic}
                kernaanpakken:
                """);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String reach = String.format(java.util.Locale.ROOT, "%.4f", 0.001 * (1 + i % 7));
            out.append("""
                      k%05d:
                        name: Synthetische kernaanpak %d
                        description: SYNTHETIC kernaanpak.
                        calculator: formules
                        bereik: {kind: fraction, unit: fractie, value: %s, assumption: synthetic}
                        reductie: {kind: fraction, min: 0.1, expected: 0.2, max: 0.3, assumption: synthetic}
                        formulas:
                          deelnemers: {formula: "inwoners65plus * bereik", unit: deelnemers}
                          deelnemersCumulatief: {formula: "CUMULATIVE(deelnemers)", unit: deelnemers}
                          vermeden: {formula: "deelnemers * reductie", unit: opnames}
                        effects:
                          - name: Minder opnames
                            per: vermeden
                            timing: {offset: 0, years: 2}
                            amounts:
                              Zvw: {value: %d, unit: euro per opname, assumption: synthetic}
                              Wmo: {value: -400, unit: euro per opname, assumption: synthetic}
                          - name: Begeleiding
                            per: deelnemers
                            timing: direct
                            amounts:
                              Wmo: {value: -100, unit: euro per deelnemer, assumption: synthetic}
                    """.formatted(i, i, reach, 4000 + i % 1000));
            lines.add("""
                        coach-k%05d:
                          post: Coaches %d
                          kernaanpak: k%05d
                          category: personnel
                          financier: %s
                          quantity: deelnemers
                          tariff: {value: 150, assumption: synthetic}
                    """.formatted(i, i, i, i % 2 == 1 ? "gemeente" : "zorgverzekeraar"));
        }
        out.append("begroting:\n  lines:\n");
        lines.forEach(out::append);
        return out.toString();
    }
}
