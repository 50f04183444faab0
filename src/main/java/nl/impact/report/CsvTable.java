package nl.impact.report;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A UTF-8 CSV file with a header row; in the {@link CsvDialect#STANDARD standard} dialect with LF
 * line ends, so outputs diff cleanly. Every CSV output is written by this class, so every one can
 * be written in another dialect ({@link #recode}).
 */
public final class CsvTable implements AutoCloseable {

    private final CSVPrinter printer;
    private final Appendable out;
    private final CsvDialect dialect;
    private final boolean ownsWriter;
    /** One row as the format writes it, handed to the file in one piece (the writer locks per call). */
    private final StringBuilder line = new StringBuilder(256);

    private CsvTable(CSVPrinter printer, Appendable out, CsvDialect dialect, boolean ownsWriter) {
        this.printer = printer;
        this.out = out;
        this.dialect = dialect;
        this.ownsWriter = ownsWriter;
    }

    public static CsvTable create(Path file, String... header) throws IOException {
        return create(file, CsvDialect.STANDARD, header);
    }

    public static CsvTable create(Path file, CsvDialect dialect, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (dialect.byteOrderMark()) {
            writer.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(writer, dialect.format());
        printer.printRecord((Object[]) header);
        return new CsvTable(printer, writer, dialect, true);
    }

    /** A table written to {@code out} in the standard dialect; closing it flushes and leaves {@code out} open. */
    public static CsvTable on(Writer out, String... header) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CsvDialect.STANDARD.format());
        printer.printRecord((Object[]) header);
        return new CsvTable(printer, out, CsvDialect.STANDARD, false);
    }

    /**
     * Writes one row. Every cell that is not a number gets the formula guard of {@link CsvText#cell}
     * here, so no writer can forget it; a text cell that looks like a number ({@code -5}) must pass
     * {@link CsvText#safe} first to be written as text.
     */
    public void row(List<String> cells) throws IOException {
        Object[] values = new Object[cells.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = dialect.cell(CsvText.cell(cells.get(i)));
        }
        line.setLength(0);
        dialect.format().printRecord(line, values);
        out.append(line);
    }

    /**
     * Rewrites a CSV written in the standard dialect in {@code dialect}: the same cells, decimal
     * numbers with the dialect's separator. Text cells keep their formula guard ({@link CsvText}).
     */
    public static void recode(Path file, CsvDialect dialect) throws IOException {
        if (dialect == CsvDialect.STANDARD) {
            return;
        }
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = CsvDialect.STANDARD.format().parse(reader).getRecords();
        }
        if (records.isEmpty()) {
            return;
        }
        try (CsvTable table = create(file, dialect, records.get(0).values())) {
            for (CSVRecord record : records.subList(1, records.size())) {
                table.row(record.toList());
            }
        }
    }

    /** Rewrites every {@code .csv} file directly in {@code directory} in {@code dialect}. */
    public static void recodeAll(Path directory, CsvDialect dialect) throws IOException {
        if (dialect == CsvDialect.STANDARD) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            recode(file, dialect);
        }
    }

    @Override
    public void close() throws IOException {
        if (ownsWriter) {
            printer.close(true);
        } else {
            printer.flush();
        }
    }
}
