package nl.impact.monitor;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.impact.model.BudgetLine;
import nl.impact.model.HalfYear;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Kpi;
import nl.impact.model.Limits;
import nl.impact.model.Milestone;
import nl.impact.model.MilestoneTarget;
import nl.impact.model.Scenario;
import nl.impact.scenario.DutchNumbers;
import nl.impact.scenario.InputFile;
import nl.impact.scenario.InputRefused;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.TextGate;

/**
 * Reads a realisations file: a CSV file (UTF-8, comma-separated, decimal point, header row) or an
 * Excel workbook (.xlsx). Two forms (docs/monitoring.md):
 *
 * <ul>
 *   <li>the yearly KPI file: columns {@code kpi}, {@code year}, {@code realised} and optionally
 *       {@code correction} and {@code note}; in a workbook the sheet {@code realisations} or else the first;
 *   <li>the whole plan per half year: a column {@code kind} ({@code kpi}, {@code milestone}, {@code spend},
 *       {@code volume}) with {@code period}, {@code id}, {@code realised} and, as the kind needs,
 *       {@code financier}, {@code name}, {@code correction}, {@code note}; in a workbook a sheet per kind
 *       ({@code kpis}, {@code milestones}, {@code spend}, {@code volumes}) with the same columns but {@code kind}.
 * </ul>
 *
 * Columns may stand in any order. An empty {@code realised} cell records a value as missing. Every
 * problem is reported with line and column: unknown columns, kinds, KPIs, milestones, lines,
 * financiers and volumes; periods outside the plan; numbers that are not numbers; a second row for
 * the same thing and period. A message names the place and what was expected, never the text of a
 * cell: the file named may be no realisations file at all. Every cell passes the text gate of the
 * scenario's own texts.
 */
public final class RealisationsReader {

    static final List<String> REQUIRED = List.of("kpi", "year", "realised");
    static final List<String> OPTIONAL = List.of("correction", "note");
    /** The columns of the file per half year; {@code kind} only in a CSV. */
    static final List<String> PLAN_REQUIRED = List.of("kind", "period", "id", "realised");
    static final List<String> PLAN_OPTIONAL = List.of("financier", "name", "correction", "note");
    /** Longest text read as a number: 1e15 with 20 decimals and a sign is 38 characters. */
    private static final int MAX_NUMBER_LENGTH = 100;

    private final String file;
    private final Scenario scenario;
    private final Map<String, Kpi> kpis;
    private final List<Problem> problems = new ArrayList<>();
    /** Numbers written like 1.500 (read as 1.5), named only once the whole file has been read. */
    private final List<Problem> warnings = new ArrayList<>();
    /** Every problem found; only the first {@link Limits#PROBLEMS_KEPT} are kept. */
    private int found;

    private RealisationsReader(String file, Scenario scenario) {
        this.file = file;
        this.scenario = scenario;
        this.kpis = scenario.kpis().stream()
                .collect(Collectors.toMap(Kpi::id, k -> k, (a, b) -> a, LinkedHashMap::new));
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
        RealisationsReader reader = new RealisationsReader(file, scenario);
        if (file.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            Map<RealisationKind, SourceTable> tables = XlsxTableReader.read(path);
            return tables.containsKey(null) ? reader.parseKpis(tables.get(null)) : reader.parsePlan(tables);
        }
        SourceTable table = CsvTableReader.read(path);
        if (table.header().cells().contains("kind")) {
            Map<RealisationKind, SourceTable> tables = new LinkedHashMap<>();
            tables.put(null, table);
            return reader.parsePlan(tables);
        }
        return reader.parseKpis(table);
    }

    /** The yearly KPI file, as it has always been read. */
    private Realisations parseKpis(SourceTable table) throws InvalidInputException {
        List<String> header = table.header().cells();
        checkKpiHeader(table.header());
        throwIfAny();
        Map<String, SortedMap<Integer, Realisation>> byKpi = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int until = Integer.MIN_VALUE;
        for (SourceTable.Row source : table.rows()) {
            Row row = new Row(source, header, table.sheet());
            if (!row.passesTextGate()) {
                continue;
            }
            Realisation realisation = kpi(row, "kpi", "year");
            if (realisation != null && unique(row, "kpi", "kpi|" + realisation.kpi() + "|" + realisation.year(),
                    "a second realisation for " + realisation.kpi() + " in " + realisation.year(), firstLine)) {
                byKpi.computeIfAbsent(realisation.kpi(), k -> new TreeMap<>()).put(realisation.year(), realisation);
                until = Math.max(until, realisation.year());
            }
        }
        if (table.rows().isEmpty()) {
            add(new Problem(file, table.header().line(), 1, "", "no realisations: a header and no rows"));
        }
        throwIfAny();
        // Read whole as realisations: now a cell may be quoted.
        return new Realisations(byKpi, until, Map.of(), List.of(), List.of(), null, warnings);
    }

    /** The whole plan per half year: a CSV with a kind column, or a workbook with a sheet per kind. */
    private Realisations parsePlan(Map<RealisationKind, SourceTable> tables) throws InvalidInputException {
        tables.forEach((kind, table) -> checkPlanHeader(table, kind == null));
        throwIfAny();
        Map<String, SortedMap<Integer, Realisation>> byKpi = new LinkedHashMap<>();
        Map<String, MilestoneRealisation> milestones = new LinkedHashMap<>();
        List<SpendRealisation> spend = new ArrayList<>();
        List<VolumeRealisation> volumes = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int untilKpi = Integer.MIN_VALUE;
        HalfYear last = null;
        int rows = 0;
        for (Map.Entry<RealisationKind, SourceTable> entry : tables.entrySet()) {
            SourceTable table = entry.getValue();
            rows += table.rows().size();
            for (SourceTable.Row source : table.rows()) {
                Row row = new Row(source, table.header().cells(), table.sheet());
                if (!row.passesTextGate()) {
                    continue;
                }
                RealisationKind kind = entry.getKey() != null ? entry.getKey() : row.kind();
                if (kind == null) {
                    continue;
                }
                row.onlyFor(kind);
                String id = row.get("id");
                if (kind == RealisationKind.KPI) {
                    Realisation r = kpi(row, "id", "period");
                    if (r != null && unique(row, "id", "kpi|" + r.kpi() + "|" + r.year(), "a second realisation for "
                            + r.kpi() + " in " + r.year(), firstLine)) {
                        byKpi.computeIfAbsent(r.kpi(), k -> new TreeMap<>()).put(r.year(), r);
                        untilKpi = Math.max(untilKpi, r.year());
                    }
                    continue;
                }
                HalfYear period = row.halfYear();
                if (period == null) {
                    continue;
                }
                boolean read = switch (kind) {
                    case MILESTONE -> milestone(row, id, period, milestones, firstLine);
                    case SPEND -> spend(row, id, period, spend, firstLine);
                    case VOLUME -> volume(row, id, period, volumes, firstLine);
                    case KPI -> false;
                };
                if (read && (last == null || period.compareTo(last) > 0)) {
                    last = period;
                }
            }
        }
        if (rows == 0) {
            SourceTable first = tables.values().iterator().next();
            add(new Problem(file, first.header().line(), 1, "", "no realisations: a header and no rows"));
        }
        throwIfAny();
        // A year's KPIs are due once its second half is reported.
        int due = last == null ? Integer.MIN_VALUE : last.isSecond() ? last.year() : last.year() - 1;
        return new Realisations(byKpi, Math.max(untilKpi, due), milestones, spend, volumes, last, warnings);
    }

    private void checkKpiHeader(SourceTable.Row header) {
        List<String> names = header.cells();
        if (semicolons(header)) {
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                add(new Problem(file, header.line(), header.column(i), "", "a column that is none of kpi, year, "
                        + "realised, correction and note (or kind, for the realisations per half year)"));
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

    private void checkPlanHeader(SourceTable table, boolean withKind) {
        SourceTable.Row header = table.header();
        if (semicolons(header)) {
            return;
        }
        List<String> names = header.cells();
        List<String> required = withKind ? PLAN_REQUIRED : PLAN_REQUIRED.subList(1, PLAN_REQUIRED.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!required.contains(name) && !PLAN_OPTIONAL.contains(name)) {
                add(new Problem(file, header.line(), header.column(i), where(table.sheet(), ""), "a column that is none of "
                        + String.join(", ", required) + ", " + String.join(", ", PLAN_OPTIONAL)));
            } else if (names.indexOf(name) != i) {
                add(new Problem(file, header.line(), header.column(i), where(table.sheet(), name), "the column '"
                        + name + "' is there twice"));
            }
        }
        for (String name : required) {
            if (!names.contains(name)) {
                add(new Problem(file, header.line(), 1, where(table.sheet(), ""), "missing the column '" + name
                        + "' (columns: " + String.join(", ", required) + ", and as the kind needs "
                        + String.join(", ", PLAN_OPTIONAL) + ")"));
            }
        }
    }

    private boolean semicolons(SourceTable.Row header) {
        List<String> names = header.cells();
        if (names.size() == 1 && names.get(0).contains(";")) {
            add(new Problem(file, header.line(), 1, "", "the columns are separated by ';'; use commas "
                    + "(and a decimal point)"));
            return true;
        }
        return false;
    }

    /** A KPI value for a year with a band; null (and reported) otherwise. */
    private Realisation kpi(Row row, String column, String yearColumn) {
        String id = row.get(column);
        Kpi kpi = kpis.get(id);
        if (kpi == null) {
            row.problem(column, id.isEmpty() ? "missing the KPI" : "not one of the scenario's KPIs ("
                    + String.join(", ", kpis.keySet()) + ")");
            return null;
        }
        Integer year = row.year(yearColumn);
        if (year == null) {
            return null;
        }
        if (!kpi.bands().containsKey(year)) {
            row.problem(yearColumn, kpi.hasBand()
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

    private boolean milestone(Row row, String id, HalfYear period, Map<String, MilestoneRealisation> into,
            Map<String, Integer> firstLine) {
        Optional<Milestone> found = scenario.milestones().milestone(id);
        if (found.isEmpty()) {
            row.problem("id", id.isEmpty() ? "missing the milestone" : "not one of the scenario's milestones (see "
                    + "its mijlpalen)");
            return false;
        }
        Milestone milestone = found.get();
        if (!milestone.halfYear().equals(period)) {
            row.problem("period", "milestone " + id + " is due in " + milestone.halfYear().key() + ", not in "
                    + period.key());
            return false;
        }
        String text = row.get("realised");
        BigDecimal count = null;
        Boolean done = null;
        LocalDate date = null;
        if (!text.isEmpty()) {
            MilestoneTarget.Kind kind = milestone.target().kind();
            if (kind == MilestoneTarget.Kind.COUNT) {
                count = row.number("realised");
                if (count != null && count.signum() < 0) {
                    row.problem("realised", "expected the count reached, zero or more");
                }
            } else {
                done = yesNo(text);
                if (kind == MilestoneTarget.Kind.DATE && done == null) {
                    date = date(text);
                    done = date == null ? null : Boolean.TRUE;
                    if (date == null) {
                        row.problem("realised", "expected the date it was done (YYYY-MM-DD), or no");
                    }
                } else if (kind == MilestoneTarget.Kind.DATE && done) {
                    row.problem("realised", "expected the date it was done (YYYY-MM-DD), or no");
                } else if (done == null) {
                    row.problem("realised", "expected yes or no (ja or nee)");
                }
            }
        }
        if (row.failed || !unique(row, "id", "milestone|" + id, "a second realisation of milestone " + id, firstLine)) {
            return false;
        }
        into.put(id, new MilestoneRealisation(id, count, done, date, row.get("note"), row.source.line()));
        return true;
    }

    private boolean spend(Row row, String id, HalfYear period, List<SpendRealisation> into,
            Map<String, Integer> firstLine) {
        Optional<BudgetLine> found = scenario.begroting().lines().stream().filter(l -> l.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            row.problem("id", id.isEmpty() ? "missing the budget line" : "not one of the begroting's lines ("
                    + String.join(", ", scenario.begroting().lines().stream().map(BudgetLine::id).toList()) + ")");
            return false;
        }
        BudgetLine line = found.get();
        String financier = row.get("financier");
        if (financier.isEmpty() && line.shares().size() == 1) {
            financier = line.shares().keySet().iterator().next();
        }
        if (!line.shares().containsKey(financier)) {
            row.problem("financier", (financier.isEmpty() ? "missing the financier" : "not a financier of the line")
                    + "; expected one of " + String.join(", ", line.shares().keySet()));
            return false;
        }
        if (!inPlan(row, period)) {
            return false;
        }
        BigDecimal euros = row.number("realised");
        if (euros != null && euros.signum() < 0) {
            row.problem("realised", "expected the euros spent, zero or more");
        }
        String key = "spend|" + id + "|" + financier + "|" + period.key();
        if (row.failed || !unique(row, "id", key, "a second realisation of " + id + " paid by " + financier + " in "
                + period.key(), firstLine)) {
            return false;
        }
        if (euros != null) {
            into.add(new SpendRealisation(id, financier, period, euros, row.get("note"), row.source.line()));
        }
        return true;
    }

    private boolean volume(Row row, String id, HalfYear period, List<VolumeRealisation> into,
            Map<String, Integer> firstLine) {
        Optional<Kernaanpak> found = scenario.kernaanpakken().stream().filter(k -> k.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            row.problem("id", id.isEmpty() ? "missing the kernaanpak" : "not one of the scenario's kernaanpakken ("
                    + String.join(", ", scenario.kernaanpakken().stream().map(Kernaanpak::id).toList()) + ")");
            return false;
        }
        String name = row.get("name");
        Map<String, ?> declared = scenario.milestones().volumes().getOrDefault(id, Map.of());
        if (!declared.containsKey(name)) {
            row.problem("name", (name.isEmpty() ? "missing the volume's name" : "not a volume of " + id
                    + " the scenario monitors") + (declared.isEmpty() ? "; the scenario declares none for " + id
                    + " (mijlpalen.volumes)" : "; expected one of " + String.join(", ", declared.keySet())));
            return false;
        }
        if (!inPlan(row, period)) {
            return false;
        }
        BigDecimal value = row.number("realised");
        if (value != null && value.signum() < 0) {
            row.problem("realised", "expected the volume reached, zero or more");
        }
        if (row.failed || !unique(row, "id", "volume|" + id + "|" + name + "|" + period.key(), "a second realisation of "
                + id + " " + name + " in " + period.key(), firstLine)) {
            return false;
        }
        if (value != null) {
            into.add(new VolumeRealisation(id, name, period, value, row.get("note"), row.source.line()));
        }
        return true;
    }

    private boolean inPlan(Row row, HalfYear period) {
        if (!scenario.years().isPlanYear(period.year())) {
            row.problem("period", "expected a half year of the plan years " + scenario.years().first() + "-"
                    + scenario.years().last() + ", not " + period.key());
            return false;
        }
        return true;
    }

    /** True when nothing before had the same key; else the row is reported at {@code column}. */
    private boolean unique(Row row, String column, String key, String what, Map<String, Integer> firstLine) {
        Integer first = firstLine.putIfAbsent(key, row.source.line());
        if (first != null) {
            row.problem(column, what + " (first on line " + first + ")");
            return false;
        }
        return true;
    }

    private static Boolean yesNo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "ja" -> Boolean.TRUE;
            case "no", "nee" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static LocalDate date(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The column as a message names it: with its sheet in a workbook of a sheet per kind. */
    private static String where(String sheet, String column) {
        return sheet == null ? column : "sheet '" + sheet + "'" + (column.isEmpty() ? "" : ", " + column);
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
        final String sheet;
        boolean failed;

        Row(SourceTable.Row source, List<String> header, String sheet) {
            this.source = source;
            this.header = header;
            this.sheet = sheet;
        }

        String get(String name) {
            return source.cell(header.indexOf(name)).strip();
        }

        RealisationKind kind() {
            String text = get("kind");
            Optional<RealisationKind> kind = RealisationKind.fromKey(text);
            if (kind.isEmpty()) {
                problem("kind", "expected one of " + String.join(", ", RealisationKind.keys()));
                return null;
            }
            return kind.get();
        }

        /** Refuses a value in a column the kind does not use. */
        void onlyFor(RealisationKind kind) {
            checkEmpty("financier", kind == RealisationKind.SPEND, "only spend rows name a financier");
            checkEmpty("name", kind == RealisationKind.VOLUME, "only volume rows name a volume");
            checkEmpty("correction", kind == RealisationKind.KPI, "only KPI rows have a correction");
        }

        private void checkEmpty(String column, boolean allowed, String why) {
            if (!allowed && header.contains(column) && !get(column).isEmpty()) {
                problem(column, "expected an empty cell: " + why);
            }
        }

        Integer year(String column) {
            try {
                int year = Integer.parseInt(get(column));
                String wrong = Limits.checkYear(year);
                if (wrong != null) {
                    problem(column, wrong);
                    return null;
                }
                return year;
            } catch (NumberFormatException e) {
                problem(column, "expected a year (a whole number)");
                return null;
            }
        }

        HalfYear halfYear() {
            Optional<HalfYear> half = HalfYear.parse(get("period"));
            if (half.isEmpty()) {
                problem("period", "expected a half year such as " + scenario.years().first() + "-H1");
                return null;
            }
            return half.get();
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
                            source.column(index), where(sheet, name), w)));
                }
                return value;
            } catch (NumberFormatException e) {
                problem(name, "expected a number with a decimal point and no thousands separators");
                return null;
            }
        }

        /**
         * True when every cell passes the text gate of all input (no control character, no lone
         * surrogate, not longer than the limit); else the first that does not is reported, unquoted.
         */
        boolean passesTextGate() {
            for (int i = 0; i < source.cells().size(); i++) {
                Optional<String> wrong = TextGate.problemUnquoted(source.cells().get(i));
                if (wrong.isPresent()) {
                    String column = i < header.size() ? header.get(i) : "";
                    add(new Problem(file, source.line(), source.column(i), where(sheet, column), wrong.get()));
                    return false;
                }
            }
            return true;
        }

        void problem(String name, String message) {
            failed = true;
            int index = header.indexOf(name);
            add(new Problem(file, source.line(), source.column(index), where(sheet, name), message));
        }
    }
}
