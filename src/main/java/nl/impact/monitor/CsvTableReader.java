package nl.impact.monitor;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(new Problem(file, 0, 0, "", "not UTF-8 text; save the CSV as UTF-8"));
        } catch (IOException e) {
            throw InvalidInputException.of(new Problem(file, 0, 0, "", "cannot be read: " + e.getMessage()));
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
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInputException.of(new Problem(file, 1, 1, "", "not a readable CSV: " + e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw InvalidInputException.of(new Problem(file, 1, 1, "", "the file is empty: expected a header row"));
        }
        return new SourceTable(rows.get(0), List.copyOf(rows.subList(1, rows.size())));
    }
}
