package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.impact.engine.RunResult;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both workbooks of every shipped scenario, recomputed by POI from poisoned caches, agree with the
 * engine. The example region adds what PlusWIJken lacks: shared parameters (their own sheet),
 * CUMULATIVE, a correction factor, a band and an effect recurring over two years; the Regioplan
 * has KPIs only: no kernaanpakken and no begroting. The scenarios of seeds 002 and 003 add a
 * ten-year range with one effect year, formulas over formulas, and a begroting line on a named quantity.
 * The edge cases in src/test/resources/workbook-edge-cases add formulas that refer to cells written
 * further down the sheet. The cookbook scenarios in src/test/resources/cookbook add the patterns of
 * docs/scenario-format.md's cookbook: a begroting without kernaanpakken or domains, and more.
 */
class ScenarioAgreementTest {

    /** Every shipped scenario, and the edge cases kept for the workbook, each for bijlage 1 and 2. */
    static Stream<Arguments> scenarios() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("scenarios", "src/test/resources/workbook-edge-cases",
                "src/test/resources/cookbook")) {
            try (Stream<Path> list = Files.list(Path.of(folder))) {
                list.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        return files.stream().flatMap(f -> Stream.of(Arguments.of(f, 1), Arguments.of(f, 2)));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void recomputedWorkbookAgreesWithTheEngine(Path scenario, int bijlage) throws Exception {
        RunResult result = Workbooks.run(scenario);
        BusinessCaseWorkbook.Built built = bijlage == 1
                ? BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), DocumentDate.FIXED)
                : BegrotingWorkbook.build(result, DocumentDate.FIXED);
        Expectations expected = built.expectations();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = built.workbook()) {
            workbook.write(bytes);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(Workbooks.formulaCells(workbook)).containsExactlyInAnyOrderElementsOf(expected.keys());
            Workbooks.assertRecomputedFromPoisonedCaches(workbook, expected);
        }
    }
}
