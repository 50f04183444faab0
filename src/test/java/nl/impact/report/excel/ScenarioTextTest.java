package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.testing.Cli;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from a scenario that looks like a formula stays text in the workbook. */
class ScenarioTextTest {

    private static final String NAME = "=HYPERLINK(\"http://example.org\",\"klik\")";
    private static final String SOURCE = "=1+1 is not a source";
    private static final String EFFECT = "+Beweegaanbod";
    private static final String UNIT = "@deelnemers";
    private static final String DESCRIPTION = "-5 procent";
    private static final String POST = "=SUM(A1:A9) coaches";
    private static final String TARIFF_SOURCE = "@tarief uit de cao";

    @TempDir
    Path work;

    @Test
    void labelsStartingLikeAFormulaAreWrittenAsText() throws Exception {
        Path scenario = work.resolve("hostile.yaml");
        String yaml = Files.readString(Path.of("scenarios", "voorbeeldregio-valpreventie.yaml"), StandardCharsets.UTF_8)
                .replace("name: Ketenaanpak valpreventie", "name: '" + NAME.replace("'", "''") + "'")
                .replace("assumption: illustratieve regio van ongeveer 160.000 inwoners, van wie een kwart 65 jaar of ouder",
                        "assumption: '" + SOURCE + "'")
                .replace("- name: Beweegaanbod", "- name: '" + EFFECT + "'")
                .replace("unit: deelnemers, description: deelnemers die in het jaar starten",
                        "unit: '" + UNIT + "', description: deelnemers die in het jaar starten")
                .replace("description: Screenen, het risico bepalen en erkende interventies en beweegaanbod aanbieden.",
                        "description: '" + DESCRIPTION + "'");
        yaml += """

                begroting:
                  lines:
                    coaches:
                      post: '%s'
                      kernaanpak: valpreventie
                      category: personnel
                      financier: gemeente
                      quantity: deelnemers
                      tariff: {value: 100, assumption: '%s'}
                """.formatted(POST, TARIFF_SOURCE);
        assertThat(yaml).contains(NAME.substring(1, 10), SOURCE, EFFECT, UNIT, DESCRIPTION);
        Files.writeString(scenario, yaml, StandardCharsets.UTF_8);

        Cli.Result run = Cli.run("run", scenario.toString(), "--out", work.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        for (String file : List.of(BusinessCaseWorkbook.FILE, BegrotingWorkbook.FILE)) {
            check(scenario, work.resolve("out").resolve(file), file.equals(BusinessCaseWorkbook.FILE));
        }
    }

    private static void check(Path scenario, Path file, boolean bijlage1) throws Exception {
        List<String> hostiles = bijlage1 ? List.of(NAME, SOURCE, EFFECT, UNIT, DESCRIPTION, POST, TARIFF_SOURCE)
                : List.of(POST, TARIFF_SOURCE);
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            List<String> found = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            for (String hostile : hostiles) {
                                if (text.equals(hostile)) {
                                    found.add(hostile);
                                    // Excel's editor keeps it text too when the cell is edited.
                                    assertThat(cell.getCellStyle().getQuotePrefixed()).as(hostile).isTrue();
                                }
                            }
                        }
                    }
                }
            }
            assertThat(found).containsAll(hostiles);
            // No text became a formula: the formula cells are exactly those the writer computes.
            nl.impact.engine.RunResult result = Workbooks.run(scenario);
            assertThat(Workbooks.formulaCells(workbook)).containsExactlyInAnyOrderElementsOf((bijlage1
                    ? BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), DocumentDate.FIXED)
                    : BegrotingWorkbook.build(result, DocumentDate.FIXED)).expectations().keys());
            if (bijlage1) {
                // The sheet of the kernaanpak is named after it, still text, and found by that name.
                assertThat(workbook.getSheet(SheetNames.clean(NAME))).isNotNull();
            }
        }
    }
}
