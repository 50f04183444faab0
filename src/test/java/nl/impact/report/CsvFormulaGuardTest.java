package nl.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV writer goes through {@link CsvTable}, which guards each cell that is not a number: a
 * spreadsheet opening the file never reads text as a formula, and a negative amount stays a number.
 */
class CsvFormulaGuardTest {

    /** Cells as a writer hands them over, and as the file must hold them. */
    private static final List<String> GIVEN = List.of("=1+1", "+31 6", "-1+2", "@SUM(A1)", "\tx", "\r=x", "-12.50",
            "-3", "2025", "0.25", "'=y", "-", "plain", "", "a=b");
    private static final List<String> WRITTEN = List.of("'=1+1", "'+31 6", "'-1+2", "'@SUM(A1)", "'\tx", "'\r=x",
            "-12.50", "-3", "2025", "0.25", "'=y", "'-", "plain", "", "a=b");

    @TempDir
    Path dir;

    @Test
    void everyCellThatIsNotANumberIsGuardedWhateverTheWriterDid() throws IOException {
        Path file = dir.resolve("t.csv");
        try (CsvTable csv = CsvTable.create(file, header())) {
            csv.row(GIVEN);
            // A writer that guarded already: the guard is not doubled.
            csv.row(GIVEN.stream().map(CsvText::safe).toList());
        }
        List<List<String>> rows = read(Files.readString(file, StandardCharsets.UTF_8), ',');
        assertThat(rows.get(1)).containsExactlyElementsOf(WRITTEN);
        // Text that looks like a number stays text when its writer says so.
        assertThat(rows.get(2)).containsExactlyElementsOf(WRITTEN.stream()
                .map(c -> c.matches("-?\\d+(\\.\\d+)?") && c.startsWith("-") ? "'" + c : c).toList());
    }

    @Test
    void theDutchDialectKeepsTheGuardAndGivesNumbersADecimalComma() throws IOException {
        Path file = dir.resolve("t.csv");
        try (CsvTable csv = CsvTable.create(file, header())) {
            csv.row(GIVEN);
        }
        CsvTable.recode(file, CsvDialect.EXCEL_NL);
        List<List<String>> rows = read(Files.readString(file, StandardCharsets.UTF_8).substring(1), ';');
        assertThat(rows.get(1)).containsExactlyElementsOf(WRITTEN.stream()
                .map(c -> c.matches("-?\\d+\\.\\d+") ? c.replace('.', ',') : c).toList());
    }

    @Test
    void aTableOnAWriterIsTheSameAndLeavesTheWriterOpen() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvTable csv = CsvTable.on(out, header())) {
            csv.row(GIVEN);
        }
        out.write("after\n");
        assertThat(read(out.toString(), ',').get(1)).containsExactlyElementsOf(WRITTEN);
        assertThat(out.toString()).endsWith("\nafter\n");
    }

    private static String[] header() {
        return GIVEN.stream().map(c -> "c" + GIVEN.indexOf(c)).toArray(String[]::new);
    }

    private static List<List<String>> read(String text, char delimiter) throws IOException {
        return org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build()
                .parse(new java.io.StringReader(text)).getRecords().stream().map(r -> r.toList()).toList();
    }
}
