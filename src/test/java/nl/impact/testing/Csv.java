package nl.impact.testing;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads an output CSV by its header, for assertions on real output. */
public final class Csv {

    private final List<CSVRecord> records;
    private final List<String> header;

    private Csv(List<CSVRecord> records, List<String> header) {
        this.records = records;
        this.header = header;
    }

    public static Csv read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader);
            return new Csv(parser.getRecords(), parser.getHeaderNames());
        }
    }

    public List<String> header() {
        return header;
    }

    public List<CSVRecord> rows() {
        return records;
    }

    /** Rows whose columns equal the given values, e.g. {@code where(Map.of("kernaanpak", "x"))}. */
    public List<CSVRecord> where(Map<String, String> equals) {
        Predicate<CSVRecord> match = r -> equals.entrySet().stream().allMatch(e -> r.get(e.getKey()).equals(e.getValue()));
        return records.stream().filter(match).toList();
    }

    /** The rows whose {@code column} is not {@code value}, e.g. budget.csv without its total rows. */
    public Csv excluding(String column, String value) {
        return new Csv(records.stream().filter(r -> !r.get(column).equals(value)).toList(), header);
    }

    /** The sum of a numeric column over the rows matching {@code equals}. */
    public BigDecimal sum(String column, Map<String, String> equals) {
        return where(equals).stream().map(r -> new BigDecimal(r.get(column))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
