package nl.impact.monitor;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.impact.model.Kpi;
import nl.impact.model.Limits;
import nl.impact.model.Printable;
import nl.impact.model.Scenario;
import nl.impact.scenario.DutchNumbers;
import nl.impact.scenario.InputFile;
import nl.impact.scenario.InputRefused;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;

/**
 * Reads realised KPI values from a CSV file (UTF-8, comma-separated, decimal point, header row)
 * or an Excel workbook (.xlsx, the sheet {@code realisations} or else the first), with the columns
 * {@code kpi}, {@code year}, {@code realised} and optionally {@code correction} and {@code note},
 * in any order. An empty {@code realised} cell records a value as missing. Every problem is
 * reported with line and column: unknown columns, unknown KPIs, years without a band, numbers that
 * are not numbers, and a second row for the same KPI and year. A message names the place and
 * what was expected, never the text of a cell: the file named may be no realisations file at all.
 */
public final class RealisationsReader {

    static final List<String> REQUIRED = List.of("kpi", "year", "realised");
    static final List<String> OPTIONAL = List.of("correction", "note");
    /** Longest text read as a number: 1e15 with 20 decimals and a sign is 38 characters. */
    private static final int MAX_NUMBER_LENGTH = 100;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    /** Numbers written like 1.500 (read as 1.5), named only once the whole file has been read. */
    private final List<Problem> warnings = new ArrayList<>();
    /** Every problem found; only the first {@link Limits#PROBLEMS_KEPT} are kept. */
    private int found;

    private RealisationsReader(String file) {
        this.file = file;
    }

    public static Realisations read(Path path, Scenario scenario) throws InvalidInputException {
        String file = path.toString();
        try {
            // The type before anything opens it: a named pipe would block the reading for ever.
            InputFile.checkType(path);
            if (Files.size(path) > Limits.MAX_FILE_BYTES) {
                throw InvalidInputException.of(new Problem(file, 0, 0, "", "a file of " + Files.size(path)
                        + " bytes; the limit on realisations files is " + Limits.MAX_FILE_BYTES + " bytes"));
            }
        } catch (InputRefused e) {
            throw InvalidInputException.of(new Problem(file, 0, 0, "", e.getMessage()));
        } catch (java.io.IOException e) {
            throw InvalidInputException.of(new Problem(file, 0, 0, "", "cannot be read"));
        }
        boolean excel = file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        SourceTable table = excel ? XlsxTableReader.read(path) : CsvTableReader.read(path);
        return new RealisationsReader(file).parse(table, scenario);
    }

    private Realisations parse(SourceTable table, Scenario scenario) throws InvalidInputException {
        List<String> header = table.header().cells();
        checkHeader(table.header());
        throwIfAny();
        Map<String, Kpi> kpis = scenario.kpis().stream()
                .collect(Collectors.toMap(Kpi::id, k -> k, (a, b) -> a, LinkedHashMap::new));
        Map<String, SortedMap<Integer, Realisation>> byKpi = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int until = Integer.MIN_VALUE;
        for (SourceTable.Row source : table.rows()) {
            Row row = new Row(source, header);
            Realisation realisation = row.controlCharacter() ? null : realisation(row, kpis);
            if (realisation == null) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(realisation.kpi() + "@" + realisation.year(), source.line());
            if (first != null) {
                row.problem("kpi", "a second realisation for " + realisation.kpi() + " in " + realisation.year()
                        + " (first on line " + first + ")");
                continue;
            }
            byKpi.computeIfAbsent(realisation.kpi(), k -> new TreeMap<>()).put(realisation.year(), realisation);
            until = Math.max(until, realisation.year());
        }
        if (table.rows().isEmpty()) {
            add(new Problem(file, table.header().line(), 1, "", "no realisations: a header and no rows"));
        }
        throwIfAny();
        // Read whole as realisations: now a cell may be quoted.
        return new Realisations(byKpi, until, List.copyOf(warnings));
    }

    private void checkHeader(SourceTable.Row header) {
        List<String> names = header.cells();
        if (names.size() == 1 && names.get(0).contains(";")) {
            add(new Problem(file, header.line(), 1, "", "the columns are separated by ';'; use commas "
                    + "(and a decimal point)"));
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                add(new Problem(file, header.line(), header.column(i), "", "a column that is none of kpi, year, "
                        + "realised, correction and note"));
            } else if (names.indexOf(name) != i) {
                add(new Problem(file, header.line(), header.column(i), name, "the column '" + name
                        + "' is there twice"));
            }
        }
        for (String name : REQUIRED) {
            if (!names.contains(name)) {
                add(new Problem(file, header.line(), 1, "", "missing the column '" + name
                        + "' (columns: kpi, year, realised, and optionally correction, note)"));
            }
        }
    }

    private Realisation realisation(Row row, Map<String, Kpi> kpis) {
        String id = row.get("kpi");
        Kpi kpi = kpis.get(id);
        if (kpi == null) {
            row.problem("kpi", id.isEmpty() ? "missing the KPI" : "not one of the scenario's KPIs ("
                    + String.join(", ", kpis.keySet()) + ")");
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
                row.source.line());
    }

    /** Keeps the first problems and counts the rest: a huge bad file must not fill the memory. */
    private void add(Problem problem) {
        found++;
        if (problems.size() < Limits.PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }

    private void throwIfAny() throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, found);
        }
    }

    /** One row read by column name, reporting problems at the cell. */
    private final class Row {
        final SourceTable.Row source;
        final List<String> header;
        boolean failed;

        Row(SourceTable.Row source, List<String> header) {
            this.source = source;
            this.header = header;
        }

        String get(String name) {
            return source.cell(header.indexOf(name)).strip();
        }

        Integer year() {
            String text = get("year");
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                problem("year", "expected a year (a whole number)");
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
                // A number of more digits than any limit allows is refused before it is parsed.
                BigDecimal value = text.length() > MAX_NUMBER_LENGTH ? null : new BigDecimal(text);
                String wrong = value == null ? "expected a number from -1e15 to 1e15 (the limit on magnitudes), got "
                        + text.length() + " characters" : Limits.checkInput(value);
                if (wrong != null) {
                    problem(name, wrong);
                    return null;
                }
                int index = header.indexOf(name);
                if (!source.numbers().get(index) && warnings.size() < Limits.PROBLEMS_KEPT) {
                    DutchNumbers.warning(text).ifPresent(w -> warnings.add(new Problem(file, source.line(),
                            source.column(index), name, w)));
                }
                return value;
            } catch (NumberFormatException e) {
                problem(name, "expected a number with a decimal point and no thousands separators");
                return null;
            }
        }

        /** True (and reported) when a cell holds a control character: binary junk, an escape sequence. */
        boolean controlCharacter() {
            for (int i = 0; i < source.cells().size(); i++) {
                String cell = source.cells().get(i);
                int at = Printable.firstControl(cell);
                if (at >= 0 && cell.charAt(at) != '\t') {
                    String column = i < header.size() ? header.get(i) : "";
                    add(new Problem(file, source.line(), source.column(i), column, "the control character "
                            + Printable.sanitise(String.valueOf(cell.charAt(at))) + " at character " + (at + 1)
                            + "; expected text without control characters"));
                    return true;
                }
            }
            return false;
        }

        void problem(String name, String message) {
            failed = true;
            int index = header.indexOf(name);
            add(new Problem(file, source.line(), source.column(index), name, message));
        }
    }
}
