package nl.impact.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.impact.testing.Scenarios;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An xlsx area table is streamed, not loaded whole: 10,000 areas by 30 columns (300,000 cells) are
 * validated in a JVM of its own with a heap of 64 MB. Loaded whole through POI's usermodel, the
 * same table took about a kilobyte per cell and ran out of memory. The 100,000-row table of the
 * documented limits is a benchmark (bench/xlsx-area-table.sh), not a test.
 */
class XlsxTableMemoryTest {

    private static final int AREAS = 10_000;
    private static final int NUMBERS = 27;

    @TempDir
    Path dir;

    @Test
    void aLargeXlsxTableIsValidatedInASmallHeap() throws Exception {
        writeTable(dir.resolve("buurten.xlsx"));
        StringBuilder columns = new StringBuilder();
        for (int c = 1; c <= NUMBERS; c++) {
            columns.append("    kolom").append(c).append(": {kind: count}\n");
        }
        Path scenario = Scenarios.write(dir, "groot.yaml", TwoAreas.HEAD + """
                areas:
                  table: {file: buurten.xlsx, sheet: Buurten}
                  columns:
                %s  placeholder: synthetic buurten
                """.formatted(columns) + TwoAreas.KERNAANPAK.formatted("areas: all", "kolom1"));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), "nl.impact.cli.Main", "validate",
                scenario.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(child.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
        } finally {
            child.destroyForcibly();
        }
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed).contains("groot.yaml: valid (1 kernaanpak)");
    }

    /** Code, name and gemeente, then 27 counts per buurt; texts shared, as Excel writes them. */
    private static void writeTable(Path file) throws Exception {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Buurten");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("code");
            header.createCell(1).setCellValue("naam");
            header.createCell(2).setCellValue("gemeente");
            for (int c = 1; c <= NUMBERS; c++) {
                header.createCell(2 + c).setCellValue("kolom" + c);
            }
            for (int r = 1; r <= AREAS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("BU%04d%04d".formatted(9000 + (r - 1) / 1000, (r - 1) % 1000));
                row.createCell(1).setCellValue("Buurt " + r);
                row.createCell(2).setCellValue("Gemeente " + (r - 1) / 1000);
                for (int c = 1; c <= NUMBERS; c++) {
                    row.createCell(2 + c).setCellValue((r * 31 + c * 17) % 5000);
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
