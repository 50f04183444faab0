package nl.impact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Realisations from an Excel sheet: the same columns and rules as the CSV, located by sheet row and column. */
class ExcelRealisationsTest {

    @TempDir
    Path dir;

    @Test
    void theRealisationsSheetIsJudgedLikeTheCsv() throws Exception {
        Path xlsx = workbook(new Object[][] {
            {"kpi", "year", "realised", "correction"},
            {"kpi-5-zvw-kosten", 2025, 0.1, null},
            {"kpi-5-zvw-kosten", 2026, 900000, 300000},
            {"kpi-4-zorgkloof", 2025, null, null},
        });
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("monitor", "scenarios/pluswijken.yaml", xlsx.toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        Csv monitor = Csv.read(out.resolve("monitor.csv"));
        var zvw2025 = monitor.where(Map.of("kpi", "kpi-5-zvw-kosten", "year", "2025")).get(0);
        assertThat(zvw2025.get("realised")).isEqualTo("0.10");
        var zvw2026 = monitor.where(Map.of("kpi", "kpi-5-zvw-kosten", "year", "2026")).get(0);
        assertThat(zvw2026.get("corrected")).isEqualTo("1200000.00");
        assertThat(zvw2026.get("verdict")).isEqualTo("continue");
        assertThat(monitor.where(Map.of("kpi", "kpi-4-zorgkloof", "year", "2025")).get(0).get("verdict"))
                .isEqualTo("missing");
    }

    @Test
    void aBadCellIsReportedAtItsSheetRowAndColumn() throws Exception {
        Path xlsx = workbook(new Object[][] {
            {"kpi", "year", "realised"},
            {"kpi-5-zvw-kosten", 2025, 1},
            {"kpi-5-zvw-kosten", 2031, 1},
        });
        Cli.Result result = Cli.run("monitor", "scenarios/pluswijken.yaml", xlsx.toString(),
                "--out", dir.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(xlsx + ":3:2: year: KPI kpi-5-zvw-kosten has a band for 2025");
    }

    @Test
    void aRealisedFormulaWithoutItsValueIsRefusedNotReadAsZero() throws Exception {
        Path xlsx = workbook(new Object[][] {
            {"kpi", "year", "realised"},
            {"kpi-5-zvw-kosten", 2025, "=450000*2"},
        });
        Cli.Result result = Cli.run("monitor", "scenarios/pluswijken.yaml", xlsx.toString(),
                "--out", dir.resolve("out").toString());
        // Before: the realised value 0, judged with exit 0.
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(xlsx + ":2:3: sheet 'realisations', cell C2: a formula without a computed "
                + "value").contains("open and save the workbook in Excel or LibreOffice, or give the value");
        assertThat(dir.resolve("out")).doesNotExist();

        // The same from a workbook written by openpyxl (src/test/resources/xlsx-writers/make.py).
        Path openpyxl = dir.resolve("openpyxl.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/xlsx-writers/openpyxl.xlsx")) {
            Files.copy(in, openpyxl);
        }
        Cli.Result written = Cli.run("monitor", "scenarios/pluswijken.yaml", openpyxl.toString(),
                "--out", dir.resolve("out").toString());
        assertThat(written.exitCode()).as(written.err()).isEqualTo(2);
        assertThat(written.err()).contains(openpyxl + ":2:3: sheet 'realisations', cell C2: a formula without a "
                + "computed value");
    }

    @Test
    void anErrorValueIsNamed() throws Exception {
        Path xlsx = workbook(new Object[][] {
            {"kpi", "year", "realised"},
            {"kpi-5-zvw-kosten", 2025, FormulaError.NA},
        });
        Cli.Result result = Cli.run("monitor", "scenarios/pluswijken.yaml", xlsx.toString(),
                "--out", dir.resolve("out").toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(xlsx + ":2:3: sheet 'realisations', cell C2: the error value #N/A instead of a "
                + "value");
    }

    /** A workbook whose sheet "realisations" holds the rows; a first, other sheet must be ignored. */
    private Path workbook(Object[][] rows) throws Exception {
        return nl.impact.testing.Workbooks.write(dir.resolve("realisations.xlsx"), workbook -> {
            workbook.createSheet("notes").createRow(0).createCell(0).setCellValue("not the realisations");
            nl.impact.testing.Workbooks.fill(workbook.createSheet("realisations"), rows);
        });
    }
}
