package nl.impact.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A budget line of a kernaanpak whose figures are formulas over the kernaanpak's names or the area
 * table's columns is computed per area (docs/areas.md, "Budget lines"). Found by the generated
 * scenarios of nl.impact.engine.PlanAgreementPropertyTest: a formula naming a column was refused as an
 * unknown name, and bijlage 1 could not be written for a line whose formula reads the kernaanpak's
 * names (exit 1).
 *
 * <p>By hand, in 2025: the kernaanpak runs in A1 (Heerlen, 5 inhabitants) and A2 (Maastricht, 7),
 * not in A3 (Heerlen, 11). Coordination costs 250 x 10 teams = 2,500 per area where it runs: 5,000;
 * material costs 2 per inhabitant there: 10 + 14 = 24. The gemeente pays both: A1 2,510, A2 2,514.
 */
class AreaLineFormulaTest {

    static final String TABLE = """
            code,naam,gemeente,inwoners,actief
            A1,Gebied 1,Heerlen,5,1
            A2,Gebied 2,Maastricht,7,1
            A3,Gebied 3,Heerlen,11,0
            """;

    static final String SCENARIO = """
            name: Regels per gebied
            years: {first: 2025, last: 2025}
            domains:
              Wmo: {financier: gemeente}
            areas:
              table: gebieden.csv
              columns:
                inwoners: {kind: count}
                actief: {kind: number}
              assumption: test
            kernaanpakken:
              k:
                calculator: formules
                areas: {where: actief}
                teams: {kind: count, value: 10, assumption: test}
                effects:
                  - name: Besparing
                    per: teams
                    timing: direct
                    amounts:
                      Wmo: {value: 1000, assumption: test}
            begroting:
              lines:
                coordinatie:
                  post: Coordinatie
                  kernaanpak: k
                  category: personnel
                  financier: gemeente
                  amount: {formula: "250 * teams", derived: test}
                materiaal:
                  post: Materiaal
                  kernaanpak: k
                  category: material
                  financier: gemeente
                  amount: {formula: "2 * inwoners", derived: test}
            """;

    @TempDir
    Path dir;

    @Test
    void aLineOfFormulasOverItsKernaanpaksNamesAndColumnsIsComputedPerArea() throws IOException {
        Path out = run();
        Csv budget = Csv.read(out.resolve("budget.csv"));
        assertThat(budget.where(Map.of("line", "coordinatie", "year", "2025")).get(0).get("expected"))
                .isEqualTo("5000.00");
        assertThat(budget.where(Map.of("line", "materiaal", "year", "2025")).get(0).get("expected"))
                .isEqualTo("24.00");
        Csv areas = Csv.read(out.resolve("areas.csv"));
        assertThat(areas.where(Map.of("area", "A1", "financier", "gemeente Heerlen")).get(0).get("investments_expected"))
                .isEqualTo("2510.00");
        assertThat(areas.where(Map.of("area", "A2", "financier", "gemeente Maastricht")).get(0)
                .get("investments_expected")).isEqualTo("2514.00");
        assertThat(areas.where(Map.of("area", "A3", "financier", "gemeente Heerlen")).get(0).get("investments_expected"))
                .isEqualTo("0.00");
    }

    /** Both bijlagen show such a line's cost as the sum over the areas; the subtotals recompute from it. */
    @Test
    void theBijlagenShowTheLinesCostSummedOverTheAreas() throws IOException {
        Path out = run();
        for (String file : new String[] {"bijlage-1-maatschappelijke-business-case.xlsx", "bijlage-2-begroting.xlsx"}) {
            try (InputStream in = Files.newInputStream(out.resolve(file)); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
                Sheet sheet = workbook.getSheet("Begroting");
                String cost = "kosten (per gebied berekend, som over de gebieden)";
                assertThat(value(sheet, "Coordinatie", cost)).as(file).isEqualTo(5000);
                assertThat(value(sheet, "Materiaal", cost)).as(file).isEqualTo(24);
                // One financier pays each line: its cost rows are the gemeente's part; the subtotal adds them.
                assertThat(value(sheet, "Subtotalen per kernaanpak", "k")).as(file).isEqualTo(5024);
            }
        }
    }

    private Path run() throws IOException {
        Files.writeString(dir.resolve("gebieden.csv"), TABLE);
        return Cli.runInto(Scenarios.write(dir, "s.yaml", SCENARIO), dir.resolve("out"));
    }

    /**
     * The 2025 value (column E) of the row labelled {@code label} under the post's own row, in the
     * expected variant (or the row that stands for all variants).
     */
    private static double value(Sheet sheet, String post, String label) {
        boolean under = false;
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (Row row : sheet) {
            String name = text(row.getCell(0));
            String variant = text(row.getCell(1));
            under |= name.equals(post);
            if (under) {
                seen.add(name + "/" + variant);
            }
            if (under && name.equals(label) && (variant.startsWith("verwacht") || variant.equals("alle varianten"))) {
                return row.getCell(4).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label + " under " + post + " on " + sheet.getSheetName() + ": " + seen);
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }
}
