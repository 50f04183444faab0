package nl.impact.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a table an analyst keeps: a CSV file (UTF-8, comma or semicolon separated) or
 * a sheet of an xlsx workbook. Rows are handed over one at a time with their row number in the
 * file (1-based; the header is the first non-empty row), so a national table is never held as text.
 * Limits are checked as the rows come: {@link #MAX_BYTES} per file, {@link #MAX_ROWS} rows,
 * {@link #MAX_COLUMNS} columns and {@link #MAX_CELL} characters per cell.
 */
final class TableSource {

    /** The largest table file read: 64 MiB, about 30 times the CBS table of all Dutch buurten. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Rows after the header: the Netherlands has about 14,000 buurten. */
    static final int MAX_ROWS = 100_000;
    static final int MAX_COLUMNS = 200;
    static final int MAX_CELL = 1_000;

    /** Receives the header, then each data row; a thrown problem stops the reading. */
    interface Sink {
        void header(int row, List<String> cells) throws InvalidInputException;

        /**
         * @param numbers the columns (0-based) whose cell a workbook holds as a number rather than a
         *     text; none in a CSV file, where every cell is text
         */
        void row(int row, List<String> cells, BitSet numbers) throws InvalidInputException;

        /** Whether the data rows' cells in this column (0-based) are used; known once the header is read. */
        default boolean reads(int column) {
            return true;
        }
    }

    private final Path file;
    private final String sheet;
    private final String place;

    /**
     * @param sheet the sheet of an xlsx workbook, or null for a CSV file
     * @param place where the scenario names the table, appended to every message
     */
    TableSource(Path file, String sheet, String place) {
        this.file = file;
        this.sheet = sheet;
        this.place = place;
    }

    Problem problem(int row, int column, String message) {
        String cell = sheet == null || row <= 0 ? "" : "sheet '" + sheet + "', "
                + (column > 0 ? "cell " + columnLetter(column) + row : "row " + row) + ": ";
        return new Problem(file.toString(), row, column, "", cell + message + " (" + place + ")");
    }

    void read(Sink sink) throws InvalidInputException {
        try {
            // The type before anything opens it: a named pipe would block the reading for ever.
            InputFile.checkType(file);
            if (Files.size(file) > MAX_BYTES) {
                throw InvalidInputException.of(problem(0, 0, "a file of " + Files.size(file)
                        + " bytes; the limit on area tables is " + MAX_BYTES + " bytes"));
            }
        } catch (InputRefused e) {
            throw InvalidInputException.of(problem(0, 0, e.getMessage()));
        } catch (IOException e) {
            throw InvalidInputException.of(problem(0, 0, InputFile.unreadable(e)));
        }
        try {
            if (sheet == null) {
                readCsv(sink);
            } else {
                readSheet(sink);
            }
        } catch (IOException | RuntimeException e) {
            // The library's message is not shown: it names its classes, and may quote the file.
            throw InvalidInputException.of(problem(0, 0, sheet == null ? unreadableCsv(e) : XlsxWorkbook.describe(e)));
        }
    }

    /** Why a CSV file could not be read, in plain words: beyond the limit, or not UTF-8. */
    private static String unreadableCsv(Exception e) {
        if (InputFile.cause(e, CharacterCodingException.class).isPresent()) {
            return "not UTF-8 text: save the table as CSV UTF-8";
        }
        return InputFile.refusal(e).map(Throwable::getMessage).orElse("cannot be read as a CSV file");
    }

    private void readCsv(Sink sink) throws IOException, InvalidInputException {
        char delimiter = sniffDelimiter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).build();
        try (Reader reader = new java.io.InputStreamReader(InputFile.stream(file, MAX_BYTES, "area tables"),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Feed feed = new Feed(sink);
            long read = 0;
            try {
                for (CSVRecord record : parser) {
                    int line = (int) record.getRecordNumber();
                    feed.accept(line, cells(record.values(), line));
                    read = parser.getCurrentLineNumber();
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                // What the parser met while reading: the stream's own failures go on to read() above.
                if (InputFile.cause(e, CharacterCodingException.class).isPresent() || InputFile.refusal(e).isPresent()) {
                    throw e;
                }
                // Commons CSV gives up at a record whose quotes do not close: the record after the last one read.
                int at = (int) Math.min(Integer.MAX_VALUE, read + 1);
                throw InvalidInputException.of(problem(at, 1, CsvQuotes.problem(e)));
            }
            feed.finish("the table is empty: expected a header row");
        }
    }

    /** A semicolon when the first line has one and no comma: how Dutch spreadsheets save CSV. */
    private char sniffDelimiter() throws IOException {
        try (InputStream in = InputFile.stream(file, MAX_BYTES, "area tables")) {
            byte[] start = in.readNBytes(8192);
            String text = new String(start, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String first = end < 0 ? text : text.substring(0, end);
            return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        }
    }

    /**
     * Streams the sheet (never the whole workbook into memory). A cell without a usable value (a
     * formula without a computed value, an error value) is refused where it matters: anywhere in
     * the header, and in a data row's columns the sink reads.
     */
    private void readSheet(Sink sink) throws InvalidInputException {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            String found = workbook.sheet(sheet).orElseThrow(() -> InvalidInputException.of(problem(0, 0,
                    "no sheet '" + sheet + "'; the workbook has " + workbook.sheetList())));
            Feed feed = new Feed(sink);
            workbook.read(found, MAX_CELL, row -> {
                int width = Math.max(row.cells().size(),
                        row.unreadable().isEmpty() ? 0 : row.unreadable().lastKey() + 1);
                if (width > MAX_COLUMNS) {
                    throw InvalidInputException.of(problem(row.number(), 0, "more than " + MAX_COLUMNS + " columns"));
                }
                feed.accept(row.number(), cells(row.cells().toArray(String[]::new), row.number()), row.unreadable(),
                        row.numbers());
                return true;
            });
            feed.finish("the sheet '" + sheet + "' is empty: expected a header row");
        } catch (XlsxWorkbook.Unreadable e) {
            throw InvalidInputException.of(problem(0, 0, e.getMessage()));
        } catch (RuntimeException e) {
            throw InvalidInputException.of(problem(0, 0, XlsxWorkbook.describe(e)));
        }
    }

    private List<String> cells(String[] values, int line) throws InvalidInputException {
        if (values.length > MAX_COLUMNS) {
            throw InvalidInputException.of(problem(line, 0, "more than " + MAX_COLUMNS + " columns"));
        }
        List<String> cells = new ArrayList<>(values.length);
        for (int c = 0; c < values.length; c++) {
            String value = values[c] == null ? "" : values[c].strip();
            if (value.length() > MAX_CELL) {
                throw InvalidInputException.of(problem(line, c + 1, "a cell of more than " + MAX_CELL + " characters"));
            }
            cells.add(value);
        }
        return cells;
    }

    /**
     * Hands the sink a table's rows, from a CSV file or a sheet alike: the first non-empty row as the
     * header (without a byte-order mark), the others as areas, at most {@link #MAX_ROWS}.
     */
    private final class Feed {
        private final Sink sink;
        private boolean header = true;
        private int rows;

        Feed(Sink sink) {
            this.sink = sink;
        }

        void accept(int line, List<String> cells) throws InvalidInputException {
            accept(line, cells, Collections.emptySortedMap(), new BitSet());
        }

        /** @param unreadable cells of a sheet without a usable value, by column (0-based), with the reason */
        void accept(int line, List<String> cells, SortedMap<Integer, String> unreadable, BitSet numbers)
                throws InvalidInputException {
            if (cells.stream().allMatch(String::isEmpty) && unreadable.isEmpty()) {
                return;
            }
            for (Map.Entry<Integer, String> cell : unreadable.entrySet()) {
                if (header || sink.reads(cell.getKey())) {
                    throw InvalidInputException.of(problem(line, cell.getKey() + 1, cell.getValue()));
                }
            }
            if (header) {
                sink.header(line, stripBom(cells));
                header = false;
                return;
            }
            if (++rows > MAX_ROWS) {
                throw InvalidInputException.of(problem(line, 0, "more than " + MAX_ROWS + " areas"));
            }
            sink.row(line, cells, numbers);
        }

        /** A table without a header row is refused with {@code empty}. */
        void finish(String empty) throws InvalidInputException {
            if (header) {
                throw InvalidInputException.of(problem(1, 1, empty));
            }
        }
    }

    private static List<String> stripBom(List<String> header) {
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            List<String> copy = new ArrayList<>(header);
            copy.set(0, header.get(0).substring(1).strip());
            return copy;
        }
        return header;
    }

    /** A column number as a spreadsheet shows it (1 = A), for messages about an xlsx sheet. */
    static String columnLetter(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column - 1);
    }
}
