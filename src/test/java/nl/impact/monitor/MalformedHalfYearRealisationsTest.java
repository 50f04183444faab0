package nl.impact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The realisations per half year (milestones, spend, volumes): every malformed row is a problem at
 * its file, line and column, exit code 2 and nothing written; a workbook has a sheet per kind.
 */
class MalformedHalfYearRealisationsTest {

    private static final String SCENARIO = HalfYearMonitorTest.SCENARIO;

    @TempDir
    Path dir;

    @Test
    void everyMalformedRowIsLocated() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, HalfYearMonitorTest.HEADER + """
                milestone,2025-H3,m1,,,6,,
                milestone,2025-H2,m1,,,6,,
                milestone,2025-H1,m9,,,6,,
                milestone,2025-H2,m2,,,maybe,,
                milestone,2025-H2,m3,,,31-10-2025,,
                milestone,2025-H1,m1,,,-1,,
                spend,2025-H1,lx,zorgverzekeraar,,5,,
                spend,2025-H1,la,gemeente,,5,,
                spend,2025-H1,la,zorgverzekeraar,,5,1,
                spend,2029-H1,la,zorgverzekeraar,,5,,
                volume,2025-H1,a,,patienten,4,,
                volume,2025-H1,a,,clienten,vier,,
                volume,2025-H1,a,,clienten,4,,
                volume,2025-H1,a,,clienten,5,,
                budget,2025-H1,a,,clienten,5,,
                """);
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("monitor", SCENARIO, file.toString(), "--out", out.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(out).doesNotExist();
        String f = file.toString();
        assertThat(result.err()).isEqualTo(String.join("\n",
                "error: " + f + ":2:11: period: expected a half year such as 2025-H1",
                "error: " + f + ":3:11: period: milestone m1 is due in 2025-H1, not in 2025-H2",
                "error: " + f + ":4:19: id: not one of the scenario's milestones (see its mijlpalen)",
                "error: " + f + ":5:24: realised: expected yes or no (ja or nee)",
                "error: " + f + ":6:24: realised: expected the date it was done (YYYY-MM-DD), or no",
                "error: " + f + ":7:24: realised: expected the count reached, zero or more",
                "error: " + f + ":8:15: id: not one of the begroting's lines (la, lb)",
                "error: " + f + ":9:18: financier: not a financier of the line; expected one of zorgverzekeraar",
                "error: " + f + ":10:37: correction: expected an empty cell: only KPI rows have a correction",
                "error: " + f + ":11:7: period: expected a half year of the plan years 2025-2027, not 2029-H1",
                "error: " + f + ":12:19: name: not a volume of a the scenario monitors; expected one of clienten",
                "error: " + f + ":13:28: realised: expected a number with a decimal point and no thousands separators",
                "error: " + f + ":15:16: id: a second realisation of a clienten in 2025-H1 (first on line 14)",
                "error: " + f + ":16:1: kind: expected one of kpi, milestone, spend, volume",
                "14 problems found.", ""));
    }

    @Test
    void aSpendWrittenTheDutchWayIsWarnedAboutAndRefusedWithStrict() throws Exception {
        Path file = dir.resolve("dutch.csv");
        Files.writeString(file, HalfYearMonitorTest.HEADER + "spend,2025-H1,la,zorgverzekeraar,,1.500,,\n"
                + "milestone,2025-H1,m1,,,5,,\n");
        String warning = file + ":2:35: realised: '1.500' is read as 1.5 (a '.' is a decimal point, never a "
                + "thousands separator): if you meant 1500, write 1500; if you meant 1.5, write 1.5\n";
        Cli.Result warned = Cli.run("monitor", SCENARIO, file.toString(), "--out", dir.resolve("out").toString());
        assertThat(warned.exitCode()).as(warned.err()).isZero();
        assertThat(warned.err()).startsWith("warning: " + warning);
        Path strictOut = dir.resolve("strict");
        Cli.Result strict = Cli.run("monitor", SCENARIO, file.toString(), "--out", strictOut.toString(), "--strict");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).isEqualTo("error: " + warning + "1 problem found.\n");
        assertThat(strictOut).doesNotExist();
    }

    @Test
    void aWorkbookWithASheetPerKindIsJudgedLikeTheCsv() throws Exception {
        Path xlsx = dir.resolve("realisations.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            sheet(workbook, "milestones", new Object[][] {
                {"period", "id", "realised"},
                {"2025-H1", "m1", 6},
                {"2025-H2", "m2", "nee"},
                {"2025-H2", "m3", "2025-10-30"},
            });
            sheet(workbook, "spend", new Object[][] {
                {"period", "id", "financier", "realised"},
                {"2025-H1", "la", "zorgverzekeraar", 2500},
            });
            try (OutputStream stream = Files.newOutputStream(xlsx)) {
                workbook.write(stream);
            }
        }
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("monitor", SCENARIO, xlsx.toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
        Csv milestones = Csv.read(out.resolve("milestones.csv"));
        assertThat(milestones.where(Map.of("milestone", "m1")).get(0).get("verdict")).isEqualTo("reached");
        assertThat(milestones.where(Map.of("milestone", "m2")).get(0).get("verdict")).isEqualTo("missed");
        assertThat(milestones.where(Map.of("milestone", "m3")).get(0).get("verdict")).isEqualTo("reached");
        assertThat(Csv.read(out.resolve("spend.csv")).where(Map.of("line", "la", "year", "2025")).get(0).get("spent"))
                .isEqualTo("2500.00");
    }

    @Test
    void aWorkbookSheetThatIsNoKindIsRefused() throws Exception {
        Path xlsx = dir.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            sheet(workbook, "milestones", new Object[][] {{"period", "id", "realised"}, {"2025-H1", "m1", 6}});
            sheet(workbook, "notes", new Object[][] {{"anything"}});
            try (OutputStream stream = Files.newOutputStream(xlsx)) {
                workbook.write(stream);
            }
        }
        Cli.Result result = Cli.run("monitor", SCENARIO, xlsx.toString(), "--out", dir.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: " + xlsx + ": a sheet that is none of kpis, milestones, spend, "
                + "volumes (sheet 2): a workbook of realisations has a sheet per kind, and nothing else\n"
                + "1 problem found.\n");
    }

    private static void sheet(XSSFWorkbook workbook, String name, Object[][] rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
    }
}
