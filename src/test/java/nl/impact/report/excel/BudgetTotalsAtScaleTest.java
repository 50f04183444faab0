package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.impact.engine.RunResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: the Begroting's subtotals and total are sums over ranges, not one term per budget
 * line, so a begroting of thousands of lines stays within Excel's 8,192 characters a formula. A
 * generated begroting of 1,200 lines (synthetic; one term per line passed the limit from about 1,100), spread over every category, over kernaanpakken
 * in mixed order, over three financiers (one by shares), a third of its posts the same in every
 * variant (one row, "alle varianten"): POI recomputes every formula from poisoned caches to the
 * engine's figures, and the totals to the sums the generator knows.
 */
class BudgetTotalsAtScaleTest {

    private static final int LINES = 1_200;
    private static final int KERNAANPAKKEN = 10;
    /** Excel refuses a formula longer than this. */
    private static final int EXCEL_FORMULA_LIMIT = 8_192;
    /** What the longest Begroting formula is at 40 lines and must stay: nothing grows with the lines. */
    private static final int LONGEST_FORMULA = 200;

    private static final String[] CATEGORIES = {"personnel", "material", "ict", "research", "maatwerkbudget",
        "communication", "training", "other"};

    @TempDir
    Path dir;

    @Test
    void totalsOfThousandsOfLinesAreShortFormulasThatPoiRecomputesToTheEnginesFigures() throws Exception {
        Generated generated = generate(LINES);
        Path scenario = dir.resolve("begroting.yaml");
        Files.writeString(scenario, generated.yaml());
        RunResult result = Workbooks.run(scenario);
        assertThat(result.budget()).hasSize(LINES);
        BusinessCaseWorkbook.Built built = BegrotingWorkbook.build(result, DocumentDate.FIXED);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = built.workbook()) {
            workbook.write(bytes);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet sheet = workbook.getSheet(BudgetSheet.NAME);
            assertThat(longestFormula(sheet)).isLessThan(EXCEL_FORMULA_LIMIT).isLessThanOrEqualTo(LONGEST_FORMULA);
            assertThat(Workbooks.formulaCells(workbook)).containsExactlyInAnyOrderElementsOf(built.expectations().keys());
            Workbooks.assertRecomputedFromPoisonedCaches(workbook, built.expectations());

            String[] variants = {"minimaal", "verwacht", "maximaal"};
            for (int v = 0; v < 3; v++) {
                double total = Workbooks.at(workbook, BudgetSheet.NAME, "Totaal begroting", variants[v], null, "Totaal")
                        .getNumericCellValue();
                assertThat(total).as(variants[v]).isCloseTo(generated.total()[v], within(Workbooks.CENT));
                double provincie = Workbooks.at(workbook, BudgetSheet.NAME, "provincie", variants[v], null, "Totaal")
                        .getNumericCellValue();
                assertThat(provincie).as(variants[v]).isCloseTo(generated.provincie()[v], within(Workbooks.CENT));
            }
        }
    }

    @Test
    void theLongestFormulaDoesNotGrowWithTheLines() throws Exception {
        Path scenario = dir.resolve("small.yaml");
        Files.writeString(scenario, generate(40).yaml());
        try (XSSFWorkbook workbook = BegrotingWorkbook.build(Workbooks.run(scenario), DocumentDate.FIXED).workbook()) {
            assertThat(longestFormula(workbook.getSheet(BudgetSheet.NAME))).isLessThanOrEqualTo(LONGEST_FORMULA);
        }
    }

    private static int longestFormula(Sheet sheet) {
        int longest = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    longest = Math.max(longest, cell.getCellFormula().length());
                }
            }
        }
        return longest;
    }

    /** A scenario and what its begroting adds up to per variant (min, expected, max) over its three plan years. */
    private record Generated(String yaml, double[] total, double[] provincie) {
    }

    /**
     * Four kinds of line in turn: an amount that differs per variant; an amount the same in every
     * variant (one row); quantity x tariff with a banded quantity; an amount paid 40/60 by the
     * gemeente and the provincie. Kernaanpakken and the programme alternate, so the sheet groups them.
     */
    private static Generated generate(int lines) {
        StringBuilder out = new StringBuilder("""
                # SYNTHETIC test scenario: made-up figures, not a plan.
                name: Synthetische begroting
                years: {first: 2025, last: 2027, effectsUntil: 2027}
                domains:
                  Wmo: {financier: gemeente}
                  Zvw: {financier: zorgverzekeraar}
                kernaanpakken:
                """);
        for (int k = 1; k <= KERNAANPAKKEN; k++) {
            out.append("""
                      k%02d:
                        calculator: formules
                        deelnemers: {value: %d, assumption: synthetic}
                        effects:
                          - name: e
                            per: deelnemers
                            timing: direct
                            amounts:
                              Zvw: {value: 100, assumption: synthetic}
                    """.formatted(k, 10 * k));
        }
        out.append("begroting:\n  financiers: [provincie]\n  lines:\n");
        double[] total = new double[3];
        double[] provincie = new double[3];
        int years = 3;
        for (int i = 0; i < lines; i++) {
            int k = i % (KERNAANPAKKEN + 1);
            String kernaanpak = k == KERNAANPAKKEN ? "programma" : String.format(Locale.ROOT, "k%02d", k + 1);
            out.append(String.format(Locale.ROOT, """
                        l%05d:
                          post: Synthetische post %d
                          kernaanpak: %s
                          category: %s
                    """, i, i, kernaanpak, CATEGORIES[i % CATEGORIES.length]));
            int base = 1_000 + i;
            switch (i % 4) {
                case 0 -> {
                    out.append("      financier: gemeente\n      amount: {min: %d, expected: %d, max: %d, assumption: synthetic}\n"
                            .formatted(base, 2 * base, 3 * base));
                    for (int v = 0; v < 3; v++) {
                        total[v] += years * (v + 1) * base;
                    }
                }
                case 1 -> {
                    out.append("      financier: zorgverzekeraar\n      amount: {value: %d, assumption: synthetic}\n"
                            .formatted(base));
                    for (int v = 0; v < 3; v++) {
                        total[v] += years * base;
                    }
                }
                case 2 -> {
                    out.append("""
                                  financier: zorgverzekeraar
                                  quantity: {min: 1, expected: 2, max: 4, assumption: synthetic}
                                  tariff: {value: %d, assumption: synthetic}
                            """.formatted(base));
                    int[] quantity = {1, 2, 4};
                    for (int v = 0; v < 3; v++) {
                        total[v] += years * quantity[v] * base;
                    }
                }
                default -> {
                    out.append("""
                                  financiers:
                                    gemeente: {value: 0.4, assumption: synthetic}
                                    provincie: {value: 0.6, assumption: synthetic}
                                  amount: {value: %d, assumption: synthetic}
                            """.formatted(base));
                    for (int v = 0; v < 3; v++) {
                        total[v] += years * base;
                        provincie[v] += years * 0.6 * base;
                    }
                }
            }
        }
        return new Generated(out.toString(), total, provincie);
    }
}
