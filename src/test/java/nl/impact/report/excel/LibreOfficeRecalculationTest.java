package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.impact.engine.RunResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Both workbooks recomputed by LibreOffice agree with the engine to the cent. The cached values
 * are poisoned before LibreOffice opens the files, so only a real recomputation passes. All
 * workbooks are recomputed by one LibreOffice process, then each is checked as a test of its own.
 */
class LibreOfficeRecalculationTest {

    private static final double POISON = -987654.321;

    @TempDir
    Path work;

    /** A poisoned workbook on its way through LibreOffice, and what it must recompute to. */
    private record Case(String name, String workbook, Path poisoned, Expectations expected) {
    }

    /** The same scenarios as {@link ScenarioAgreementTest}: every shipped one and the edge cases. */
    @TestFactory
    Stream<DynamicTest> workbookRecomputedByLibreOfficeAgreesWithTheEngine() throws Exception {
        Path soffice = LibreOffice.require();
        Path poisonedDir = Files.createDirectories(work.resolve("poisoned"));
        List<Case> cases = new ArrayList<>();
        for (Arguments arguments : ScenarioAgreementTest.scenarios().toList()) {
            Path scenario = (Path) arguments.get()[0];
            int bijlage = (Integer) arguments.get()[1];
            RunResult result = Workbooks.run(scenario);
            BusinessCaseWorkbook.Built built = bijlage == 1 ? BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), DocumentDate.FIXED)
                    : BegrotingWorkbook.build(result, DocumentDate.FIXED);
            String workbook = bijlage == 1 ? BusinessCaseWorkbook.FILE : BegrotingWorkbook.FILE;
            // Numbered: scenarios of different folders may share a name, and LibreOffice saves each under its own.
            Path poisoned = poisonedDir.resolve(String.format("%02d-%s-%s", cases.size(),
                    scenario.getFileName().toString().replace(".yaml", ""), workbook));
            cases.add(new Case(scenario + ", bijlage " + bijlage, workbook, poisoned, poison(built, poisoned)));
        }
        List<Path> recalculated = LibreOffice.recalculate(soffice, cases.stream().map(Case::poisoned).toList(), work);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> check(c, LibreOffice.saved(recalculated.get(cases.indexOf(c)), work))));
    }

    /** Writes the workbook to {@code poisoned} with every formula cell's cached value poisoned; returns its expectations. */
    private static Expectations poison(BusinessCaseWorkbook.Built built, Path poisoned) throws Exception {
        Expectations expected = built.expectations();
        try (XSSFWorkbook workbook = built.workbook(); OutputStream out = Files.newOutputStream(poisoned)) {
            for (String key : expected.keys()) {
                Workbooks.cell(workbook, key).setCellValue(POISON);
            }
            workbook.write(out);
        }
        return expected;
    }

    private static void check(Case c, Path recalculated) throws Exception {
        Expectations expected = c.expected();
        String name = c.workbook();
        try (XSSFWorkbook workbook = Workbooks.open(recalculated)) {
            assertThat(Workbooks.formulaCells(workbook)).as(name).containsExactlyInAnyOrderElementsOf(expected.keys());
            assertThat(Workbooks.disagreements(expected.values(), key -> number(Workbooks.cell(workbook, key))))
                    .as(name).isEmpty();
            assertThat(Workbooks.textDisagreements(expected.texts(), workbook)).as(name).isEmpty();
        }
    }

    private static Double number(Cell cell) {
        if (cell == null || cell.getCellType() != CellType.FORMULA
                || cell.getCachedFormulaResultType() != CellType.NUMERIC) {
            return null;
        }
        return cell.getNumericCellValue();
    }
}
