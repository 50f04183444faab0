package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --csv-dialect excel-nl}: every CSV of a run, opened as a Dutch user opens it (LibreOffice,
 * nl-NL, separator {@code ;}), has its amounts as numbers equal to the standard CSV's, and its texts
 * as the same texts. The standard dialect keeps its contract.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExcelNlCsvTest {

    private static final Path SCENARIO = Path.of("scenarios/pluswijken.yaml");

    @TempDir
    static Path work;

    private Path standard;
    private Path dutch;

    @BeforeAll
    void run() {
        standard = Cli.runInto(SCENARIO, work.resolve("standard"));
        Cli.Result result = Cli.run("run", SCENARIO.toString(), "--out", work.resolve("excel-nl").toString(),
                "--csv-dialect", "excel-nl");
        assertThat(result.exitCode()).as(result.err()).isZero();
        dutch = work.resolve("excel-nl");
    }

    @Test
    void everyCsvIsSpelledTheDutchWayAndTheStandardOneIsNot() throws IOException {
        assertThat(csvs(dutch).stream().map(f -> f.getFileName().toString()))
                .containsExactlyElementsOf(csvs(standard).stream().map(f -> f.getFileName().toString()).toList())
                .contains("summary.csv", "budget.csv", "kpis.csv");
        for (Path file : csvs(dutch)) {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as(file.toString()).startsWith("\uFEFF").endsWith("\r\n");
            assertThat(text.replace("\r\n", "")).as("only CRLF line ends in " + file).doesNotContain("\n");
            assertThat(text.lines().findFirst().orElseThrow()).as(file.toString()).contains(";").doesNotContain(",");
        }
        for (Path file : csvs(standard)) {
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).doesNotStartWith("\uFEFF").doesNotContain("\r");
        }
        String summary = Files.readString(dutch.resolve("summary.csv"));
        Csv plain = Csv.read(standard.resolve("summary.csv"));
        CSVRecord gemeente2025 = plain.where(Map.of("dimension", "financier", "key", "gemeente", "year", "2025")).get(0);
        assertThat(summary).contains("\r\nfinancier;gemeente;2025;" + gemeente2025.get("min").replace('.', ',') + ";"
                + gemeente2025.get("expected").replace('.', ',') + ";" + gemeente2025.get("max").replace('.', ',') + "\r\n");
    }

    @Test
    void checkComparesInTheDialectAndAnUnknownDialectIsInvalidInput() {
        assertThat(Cli.run("run", SCENARIO.toString(), "--check", dutch.toString(), "--csv-dialect", "excel-nl")
                .exitCode()).isZero();
        assertThat(Cli.run("run", SCENARIO.toString(), "--check", dutch.toString()).exitCode()).isEqualTo(3);
        Cli.Result bad = Cli.run("run", SCENARIO.toString(), "--csv-dialect", "excel-de");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("'excel-de' is not a CSV dialect; expected standard or excel-nl");
    }

    @Test
    void libreOfficeWithADutchLocaleReadsTheAmountsAsNumbers() throws Exception {
        Path soffice = LibreOffice.require();
        List<Path> files = csvs(dutch);
        List<Path> opened = LibreOffice.openDutchCsv(soffice, files, Files.createDirectories(work.resolve("lo")));
        int numbers = 0;
        for (int i = 0; i < files.size(); i++) {
            List<CSVRecord> expected = standardRecords(standard.resolve(files.get(i).getFileName()));
            try (XSSFWorkbook workbook = Workbooks.open(opened.get(i))) {
                Sheet sheet = workbook.getSheetAt(0);
                for (CSVRecord record : expected) {
                    Row row = sheet.getRow((int) record.getRecordNumber() - 1);
                    for (int c = 0; c < record.size(); c++) {
                        String where = files.get(i).getFileName() + " row " + record.getRecordNumber() + " column " + (c + 1);
                        numbers += checkCell(row == null ? null : row.getCell(c), record.get(c), where);
                    }
                }
            }
        }
        assertThat(numbers).as("amounts checked").isGreaterThan(1000);
    }

    /** A number in the standard CSV must be a numeric cell of that value; text must stay text. */
    private static int checkCell(Cell cell, String expected, String where) {
        if (expected.isEmpty()) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where).isTrue();
            return 0;
        }
        assertThat(cell).as(where).isNotNull();
        if (expected.matches("-?\\d+(\\.\\d+)?")) {
            assertThat(cell.getCellType()).as(where + ": " + expected).isEqualTo(CellType.NUMERIC);
            BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
            BigDecimal want = new BigDecimal(expected);
            assertThat(value.setScale(Math.max(2, want.scale()), RoundingMode.HALF_UP)).as(where)
                    .isEqualByComparingTo(want);
            return 1;
        }
        assertThat(cell.getCellType()).as(where + ": " + expected).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected);
        return 0;
    }

    private static List<CSVRecord> standardRecords(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.DEFAULT.parse(reader).getRecords());
        }
    }

    private static List<Path> csvs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
    }
}
