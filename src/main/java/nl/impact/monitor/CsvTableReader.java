package nl.impact.monitor;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.model.Limits;
import nl.impact.scenario.CsvQuotes;
import nl.impact.scenario.InputFile;
import nl.impact.scenario.InputRefused;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file (UTF-8, comma-separated, header row) into a {@link SourceTable}. */
final class CsvTableReader {

    private CsvTableReader() {
    }

    static SourceTable read(Path path) throws InvalidInputException {
        String file = path.toString();
        String text;
        try {
            text = InputFile.readText(path, Limits.MAX_FILE_BYTES, "realisations files",
                    "not UTF-8 text; save the CSV as UTF-8");
        } catch (InputRefused e) {
            throw InvalidInputException.of(new Problem(file, 0, 0, "", e.getMessage()));
        }
        // A spreadsheet saving "CSV UTF-8" puts a byte order mark first; it is not part of the header.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvLines lines = new CsvLines(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).build();
        List<SourceTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                int line = lines.lineOf(record.getCharacterPosition());
                rows.add(new SourceTable.Row(line, record.toList(), lines.columns(line)));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw InvalidInputException.of(unreadable(file, e, rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1));
        }
        if (rows.isEmpty()) {
            throw InvalidInputException.of(new Problem(file, 1, 1, "", "the file is empty: expected a header row"));
        }
        return new SourceTable(rows.get(0), List.copyOf(rows.subList(1, rows.size())));
    }

    /**
     * Where the CSV could not be read: Commons CSV gives up at the end of the file for a quote that is
     * never closed; the record began after the last one read.
     */
    private static Problem unreadable(String file, Exception e, int recordLine) {
        return new Problem(file, recordLine, 1, "", CsvQuotes.problem(e));
    }
}
