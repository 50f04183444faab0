package nl.impact.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.testing.Cli;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set PATH=VALUE}: the same figures as editing the file, marked as a what-if wherever provenance shows. */
class OverrideTest {

    private static final Path PLUSWIJKEN = Path.of("scenarios", "pluswijken.yaml");
    private static final String CLIENTS = "kernaanpakken.welzijn-op-recept.clientenPerFte.value=120";
    private static final String TARIFF = "begroting.lines.programmateam.tariff.value=120000";

    @TempDir
    Path dir;

    @Test
    void setGivesTheOutputsOfAnEditedFileApartFromProvenance() throws Exception {
        // The edited file keeps the name, since the workbooks name the scenario file.
        Path edited = Files.createDirectories(dir.resolve("edited")).resolve("pluswijken.yaml");
        String text = Files.readString(PLUSWIJKEN, StandardCharsets.UTF_8);
        assertThat(text).containsOnlyOnce("value: 135\n").containsOnlyOnce("value: 110000\n");
        Files.writeString(edited, text.replace("value: 135\n", "value: 120\n").replace("value: 110000\n",
                "value: 120000\n"), StandardCharsets.UTF_8);
        Path byEdit = Cli.runInto(edited, dir.resolve("by-edit"));
        Cli.Result set = Cli.run("run", PLUSWIJKEN.toString(), "--out", dir.resolve("by-set").toString(),
                "--set", CLIENTS, "--set", TARIFF);
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.err()).contains("note: what-if in force: --set " + CLIENTS, "--set " + TARIFF);
        Path bySet = dir.resolve("by-set");
        // The plan's own figures, without workbooks (a run takes a while).
        Path plan = Files.createDirectories(dir.resolve("plan"));
        nl.impact.engine.RunResult planResult = nl.impact.engine.Computation.of(PLUSWIJKEN);
        nl.impact.report.RunOutputs planOutputs = nl.impact.report.RunOutputs.of(planResult);
        new nl.impact.report.BusinessCaseSummaryCsv().write(planOutputs, plan);
        new nl.impact.report.BudgetCsv().write(planOutputs, plan);

        // The override changed figures at all, so identical outputs mean something.
        assertThat(Files.mismatch(plan.resolve("business-case-summary.csv"), bySet.resolve("business-case-summary.csv")))
                .isNotEqualTo(-1L);
        for (String csv : List.of("effects.csv", "quantities.csv", "summary.csv", "business-case.csv",
                "business-case-summary.csv", "kpis.csv")) {
            assertThat(Files.mismatch(byEdit.resolve(csv), bySet.resolve(csv))).as(csv).isEqualTo(-1L);
        }
        // budget.csv: the same rows and amounts; only the programmateam line's provenance and basis differ,
        // and the provenance of the total rows that add it up (the least certain of their lines).
        List<String> edit = Files.readAllLines(byEdit.resolve("budget.csv"));
        List<String> what = Files.readAllLines(bySet.resolve("budget.csv"));
        assertThat(what).hasSameSizeAs(edit);
        int changed = 0;
        for (int i = 0; i < edit.size(); i++) {
            if (edit.get(i).equals(what.get(i))) {
                continue;
            }
            if (what.get(i).startsWith("total,")) {
                assertThat(what.get(i).replace(",override,", ",assumption,")).isEqualTo(edit.get(i));
                continue;
            }
            changed++;
            assertThat(what.get(i)).startsWith("programmateam,").contains(",override,")
                    .contains("tariff: override: --set " + TARIFF + " (in the file: assumption: ");
            assertThat(what.get(i).substring(0, what.get(i).indexOf(",override,")))
                    .isEqualTo(edit.get(i).substring(0, edit.get(i).indexOf(",assumption,")));
        }
        assertThat(changed).isEqualTo(grepCount(plan.resolve("budget.csv"), "programmateam,"));

        // The workbooks: every cell the same, value or formula, except where provenance shows.
        for (String book : List.of("bijlage-1-maatschappelijke-business-case.xlsx", "bijlage-2-begroting.xlsx")) {
            List<String> differences = differences(byEdit.resolve(book), bySet.resolve(book));
            assertThat(differences).as(book).isNotEmpty().allSatisfy(d -> assertThat(d).matches(
                    "(?s).*(\\| wat-als \\(--set\\)|\\| .*override: --set |\\| .*--set .*\\(in the file: "
                            // A printed Toelichting is cut short (the whole note stands beside it).
                            + "|\\| --set .* …$|parameters zijn een aanname).*"));
            assertThat(differences).as(book).anyMatch(d -> d.startsWith("Bronnen en aannames!")
                    && d.endsWith("| wat-als (--set)"));
            if (book.startsWith("bijlage-1")) {
                assertThat(differences).anyMatch(d -> d.contains("| --set " + CLIENTS
                        + " (in the file: source: Transformatieplan PlusWIJken, § 4.b Impact kernaanpakken: Welzijn op Recept "
                        + "(regel 1780)"));
            }
        }
    }

    @Test
    void badOverridesAreInvalidInputNamingTheOverride() {
        Cli.Result path = Cli.run("validate", PLUSWIJKEN.toString(), "--set",
                "kernaanpakken.welzijn-op-recept.clientenPerJaar.value=5");
        assertThat(path.exitCode()).isEqualTo(2);
        assertThat(path.err()).contains("error: --set kernaanpakken.welzijn-op-recept.clientenPerJaar.value=5: "
                + "no such path in the scenario: 'kernaanpakken.welzijn-op-recept.clientenPerJaar' does not exist");
        Cli.Result value = Cli.run("run", PLUSWIJKEN.toString(), "--out", dir.resolve("o").toString(), "--set",
                "kernaanpakken.welzijn-op-recept.clientenPerFte.value=-120");
        assertThat(value.exitCode()).isEqualTo(2);
        assertThat(value.err()).contains("error: --set kernaanpakken.welzijn-op-recept.clientenPerFte.value=-120: "
                + "expected a rate (zero or more), got -120");
        assertThat(dir.resolve("o")).doesNotExist();
        Cli.Result band = Cli.run("validate", PLUSWIJKEN.toString(), "--set",
                "kernaanpakken.welzijn-op-recept.clientenPerFte={min: 100, max: many}");
        assertThat(band.exitCode()).isEqualTo(2);
        assertThat(band.err()).contains("error: --set kernaanpakken.welzijn-op-recept.clientenPerFte={min: 100, max: many}: "
                + "kernaanpakken.welzijn-op-recept.clientenPerFte.max: expected a number, got text 'many'");
        Cli.Result malformed = Cli.run("validate", PLUSWIJKEN.toString(), "--set", "clientenPerFte");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("error: --set clientenPerFte: expected PATH=VALUE");
    }

    @Test
    void aBandCanBeSetOnAParameterThatHadOneValue() {
        Cli.Result band = Cli.run("validate", PLUSWIJKEN.toString(), "--set",
                "kernaanpakken.welzijn-op-recept.clientenPerFte={min: 100, max: 140}");
        assertThat(band.exitCode()).as(band.err()).isZero();
        assertThat(band.err()).contains("note: what-if in force: --set kernaanpakken.welzijn-op-recept.clientenPerFte=");
    }

    private static long grepCount(Path file, String prefix) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).count();
    }

    /** Every cell whose shown value or formula differs, as {@code sheet!A1: edited | set}. */
    private static List<String> differences(Path a, Path b) throws IOException {
        List<String> out = new ArrayList<>();
        DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
        try (XSSFWorkbook x = open(a); XSSFWorkbook y = open(b)) {
            assertThat(y.getNumberOfSheets()).isEqualTo(x.getNumberOfSheets());
            for (int s = 0; s < x.getNumberOfSheets(); s++) {
                Sheet sx = x.getSheetAt(s);
                Sheet sy = y.getSheetAt(s);
                assertThat(sy.getSheetName()).isEqualTo(sx.getSheetName());
                int rows = Math.max(sx.getLastRowNum(), sy.getLastRowNum());
                for (int r = 0; r <= rows; r++) {
                    Row rx = sx.getRow(r);
                    Row ry = sy.getRow(r);
                    int cells = Math.max(rx == null ? 0 : rx.getLastCellNum(), ry == null ? 0 : ry.getLastCellNum());
                    for (int c = 0; c < cells; c++) {
                        String vx = text(rx == null ? null : rx.getCell(c), format);
                        String vy = text(ry == null ? null : ry.getCell(c), format);
                        if (!vx.equals(vy)) {
                            out.add(sx.getSheetName() + "!" + new org.apache.poi.ss.util.CellReference(r, c)
                                    .formatAsString() + ": " + vx + " | " + vy);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case FORMULA -> "=" + cell.getCellFormula();
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            default -> format.formatCellValue(cell);
        };
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
