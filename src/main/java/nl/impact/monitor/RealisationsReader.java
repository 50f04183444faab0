package nl.impact.monitor;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.impact.model.Kpi;
import nl.impact.model.Scenario;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a realisations CSV (UTF-8, comma-separated, decimal point, header row) with the columns
 * {@code kpi}, {@code year}, {@code realised} and optionally {@code correction} and {@code note},
 * in any order. An empty {@code realised} cell records a value as missing. Every problem is
 * reported with line and column: unknown columns, unknown KPIs, years without a band, numbers that
 * are not numbers, and a second row for the same KPI and year.
 */
public final class RealisationsReader {

    static final List<String> REQUIRED = List.of("kpi", "year", "realised");
    static final List<String> OPTIONAL = List.of("correction", "note");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private CsvLines lines;

    private RealisationsReader(String file) {
        this.file = file;
    }

    public static Realisations read(Path path, Scenario scenario) throws InvalidInputException {
        return new RealisationsReader(path.toString()).parse(path, scenario);
    }

    private Realisations parse(Path path, Scenario scenario) throws InvalidInputException {
        String text = text(path);
        lines = new CsvLines(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        List<CSVRecord> records;
        List<String> header;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            header = parser.getHeaderNames();
            records = parser.getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInputException.of(new Problem(file, 1, 1, "", "not a readable CSV: " + e.getMessage()));
        }
        checkHeader(header);
        throwIfAny();
        Map<String, Kpi> kpis = scenario.kpis().stream()
                .collect(Collectors.toMap(Kpi::id, k -> k, (a, b) -> a, LinkedHashMap::new));
        Map<String, SortedMap<Integer, Realisation>> byKpi = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int until = Integer.MIN_VALUE;
        for (CSVRecord record : records) {
            Row row = new Row(record, header);
            Realisation realisation = realisation(row, kpis);
            if (realisation == null) {
                continue;
            }
            String key = realisation.kpi() + "@" + realisation.year();
            Integer first = firstLine.putIfAbsent(key, row.line);
            if (first != null) {
                row.problem("kpi", "a second realisation for " + realisation.kpi() + " in " + realisation.year()
                        + " (first on line " + first + ")");
                continue;
            }
            byKpi.computeIfAbsent(realisation.kpi(), k -> new TreeMap<>()).put(realisation.year(), realisation);
            until = Math.max(until, realisation.year());
        }
        if (records.isEmpty()) {
            problems.add(new Problem(file, 1, 1, "", "no realisations: the file has a header and no rows"));
        }
        throwIfAny();
        return new Realisations(byKpi, until);
    }

    private String text(Path path) throws InvalidInputException {
        if (!Files.isRegularFile(path)) {
            throw InvalidInputException.of(new Problem(file, 0, 0, "", Files.exists(path) ? "not a file" : "file not found"));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
            // A spreadsheet saving "CSV UTF-8" puts a byte order mark first; it is not part of the header.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(new Problem(file, 0, 0, "", "not UTF-8 text; save the CSV as UTF-8"));
        } catch (IOException e) {
            throw InvalidInputException.of(new Problem(file, 0, 0, "", "cannot be read: " + e.getMessage()));
        }
    }

    private void checkHeader(List<String> header) {
        List<Integer> columns = lines.columns(1);
        if (header.size() == 1 && header.get(0).contains(";")) {
            problems.add(new Problem(file, 1, 1, "", "the columns are separated by ';'; use commas (and a decimal point)"));
            return;
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(new Problem(file, 1, column(columns, i), name, "unknown column '" + name
                        + "'; expected kpi, year, realised and optionally correction, note"));
            }
        }
        for (String name : REQUIRED) {
            if (!header.contains(name)) {
                problems.add(new Problem(file, 1, 1, "", "missing the column '" + name + "' (columns: kpi, year, "
                        + "realised, and optionally correction, note)"));
            }
        }
    }

    private Realisation realisation(Row row, Map<String, Kpi> kpis) {
        String id = row.get("kpi");
        Kpi kpi = kpis.get(id);
        if (kpi == null) {
            row.problem("kpi", id.isEmpty() ? "missing the KPI" : "unknown KPI '" + id + "'; the scenario's KPIs are "
                    + String.join(", ", kpis.keySet()));
            return null;
        }
        Integer year = row.year();
        if (year == null) {
            return null;
        }
        if (!kpi.bands().containsKey(year)) {
            row.problem("year", kpi.hasBand()
                    ? "KPI " + id + " has a band for " + kpi.bands().keySet().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")) + ", not for " + year
                    : "KPI " + id + " has no band, so no realisation of it can be judged");
            return null;
        }
        BigDecimal realised = row.number("realised");
        BigDecimal correction = row.number("correction");
        if (row.failed) {
            return null;
        }
        if (realised == null && correction != null) {
            row.problem("correction", "a correction for a missing realised value");
            return null;
        }
        return new Realisation(id, year, realised, correction == null ? BigDecimal.ZERO : correction, row.get("note"),
                row.line);
    }

    private void throwIfAny() throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static int column(List<Integer> columns, int index) {
        return index < columns.size() ? columns.get(index) : 1;
    }

    /** One record, with its line and the column of each field, for located messages. */
    private final class Row {
        final CSVRecord record;
        final List<String> header;
        final int line;
        final List<Integer> columns;
        boolean failed;

        Row(CSVRecord record, List<String> header) {
            this.record = record;
            this.header = header;
            this.line = lines.lineOf(record.getCharacterPosition());
            this.columns = lines.columns(line);
        }

        String get(String name) {
            return record.isSet(name) ? record.get(name) : "";
        }

        Integer year() {
            String text = get("year");
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                problem("year", "expected a year (a whole number), got '" + text + "'");
                return null;
            }
        }

        /** The number in a cell; null when the cell is empty (never zero). */
        BigDecimal number(String name) {
            String text = get(name);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                problem(name, "expected a number with a decimal point and no thousands separators, got '" + text + "'");
                return null;
            }
        }

        void problem(String name, String message) {
            failed = true;
            problems.add(new Problem(file, line, column(columns, header.indexOf(name)), name, message));
        }
    }
}
