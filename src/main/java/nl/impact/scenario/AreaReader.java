package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.impact.calc.formula.FormulaException;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.model.Area;
import nl.impact.model.AreaColumn;
import nl.impact.model.AreaTable;
import nl.impact.model.MarketShares;
import nl.impact.model.Parameter;
import nl.impact.model.ParameterKind;
import nl.impact.model.Paths;
import nl.impact.model.Provenance;
import nl.impact.model.Rollout;
import nl.impact.model.SourceMap;

/**
 * Reads the {@code areas} section: the area table (a CSV file or a sheet of an xlsx workbook,
 * relative to the scenario file), which of its columns hold the code, name and gemeente, the
 * columns formulas may use, and each kernaanpak's {@code areas} roll-out. Problems in the table are
 * reported at their row and column in the table file, with the place in the scenario. While the
 * table is read no message quotes a cell: the scenario may have named a file that is no table at all
 * (its lines would be shown as codes and numbers). Only checks made after the whole table was read as
 * a valid area table name its codes and figures. See docs/areas.md.
 */
final class AreaReader {

    static final String SECTION = "areas";
    static final Set<String> KEYS = Set.of("table", "code", "name", "gemeente", "municipalFinancier", "columns",
            "marketShares", "description", "source", "assumption", "derived", "placeholder");
    private static final Set<String> SHARE_KEYS = Set.of("financier", "insurers");
    private static final Set<String> TABLE_KEYS = Set.of("file", "sheet");
    private static final Set<String> COLUMN_KEYS = Set.of("column", "kind", "unit", "description");
    private static final Set<String> ROLLOUT_KEYS = Set.of("where", "from");
    /** CBS codes: GM + 4 digits (gemeente), WK + 6 (wijk), BU + 8 (buurt). */
    private static final Pattern CBS = Pattern.compile("(GM|WK|BU)[0-9]*");
    private static final Pattern CBS_VALID = Pattern.compile("GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    /** Table problems reported before the reading stops: enough to see a pattern, not a flood. */
    private static final int MAX_TABLE_PROBLEMS = 20;

    private final Fields fields;
    private final ParameterReader parameters;
    private final Path scenarioFile;
    private final SourceDocument document;
    /** Cells the command line sets ({@code --set areas.CODE.column=VALUE}), by area code and column name. */
    private final Map<String, Map<String, SourceMap.Cell>> sets = new LinkedHashMap<>();

    AreaReader(Fields fields, ParameterReader parameters, SourceDocument document) {
        this.fields = fields;
        this.parameters = parameters;
        this.scenarioFile = document.file();
        this.document = document;
    }

    /** The table, or empty when the section is absent or has problems (they are recorded). */
    Optional<AreaTable> read(JsonNode root, Map<String, Parameter> shared) {
        JsonNode node = root.get(SECTION);
        if (node == null) {
            rejectRollouts(root);
            return Optional.empty();
        }
        String path = SECTION;
        if (!fields.isObject(node, path, "an area table (a map with table, code, name, gemeente and columns)")) {
            return Optional.empty();
        }
        int before = fields.problems().list().size();
        fields.onlyKeys(node, path, KEYS);
        Optional<Provenance> provenance = parameters.provenance(node, path);
        String codeColumn = fields.text(node, "code", path, false).orElse("code");
        String nameColumn = fields.text(node, "name", path, false).orElse("naam");
        String gemeenteColumn = fields.text(node, "gemeente", path, false).orElse("gemeente");
        String municipal = fields.text(node, "municipalFinancier", path, false).orElse("gemeente");
        List<AreaColumn> columns = columns(node.get("columns"), Paths.child(path, "columns"));
        Optional<TableSource> source = source(node.get("table"), Paths.child(path, "table"));
        checkSharedFormulas(shared, columns);
        if (source.isEmpty() || fields.problems().list().size() > before || provenance.isEmpty()) {
            return Optional.empty();
        }
        if (!collectSets(columns)) {
            return Optional.empty();
        }
        List<Area> areas = new ArrayList<>();
        Rows rows = new Rows(source.get(), codeColumn, nameColumn, gemeenteColumn, columns, areas);
        try {
            source.get().read(rows);
        } catch (InvalidInputException e) {
            e.problems().forEach(fields.problems()::add);
        }
        if (fields.problems().list().size() > before) {
            return Optional.empty();
        }
        Set<String> codes = new java.util.HashSet<>();
        areas.forEach(a -> codes.add(a.code()));
        for (Map.Entry<String, Map<String, SourceMap.Cell>> set : sets.entrySet()) {
            if (!codes.contains(set.getKey())) {
                for (SourceMap.Cell cell : set.getValue().values()) {
                    fields.problems().add(new Problem(cell.label(), 0, 0, "", "no such path in the scenario: the area "
                            + "table has no area with the code '" + cell.code() + "'"));
                }
            }
        }
        if (fields.problems().list().size() > before) {
            return Optional.empty();
        }
        if (areas.isEmpty()) {
            fields.problems().add(Paths.child(path, "table"), "the area table has no areas");
            return Optional.empty();
        }
        // Read whole as an area table: now its cells may be quoted.
        rows.pending.forEach(fields.problems()::warn);
        Map<String, Rollout> rollouts = rollouts(root, columns, areas, source.get());
        MarketShares shares = marketShares(root, node.get("marketShares"), Paths.child(path, "marketShares"), columns,
                municipal);
        if (shares != null) {
            checkShares(shares, columns, areas, rows, source.get());
        }
        if (fields.problems().list().size() > before) {
            return Optional.empty();
        }
        JsonNode table = node.get("table");
        return Optional.of(new AreaTable(tableFile(table), table.isObject() ? table.get("sheet").asText() : null, path,
                List.copyOf(columns), List.copyOf(areas), municipal, provenance.get(), rollouts, shares,
                overridden(provenance.get())));
    }

    /**
     * The cells the command line sets, by area and column; each must name a declared column (the
     * area's code is checked once the table is read). False when one does not.
     */
    private boolean collectSets(List<AreaColumn> columns) {
        boolean ok = true;
        for (SourceMap.Cell cell : document.sourceMap().cells()) {
            if (columns.stream().noneMatch(c -> c.name().equals(cell.column()))) {
                fields.problems().add(new Problem(cell.label(), 0, 0, "", "no such path in the scenario: the area "
                        + "table has no declared column '" + cell.column() + "'" + (columns.isEmpty() ? ""
                        : "; declared: " + String.join(", ", columns.stream().map(AreaColumn::name).toList()))));
                ok = false;
                continue;
            }
            sets.computeIfAbsent(cell.code(), c -> new LinkedHashMap<>()).put(cell.column(), cell);
        }
        return ok;
    }

    /** The provenance of each cell the command line set: the override, with the table's own beside it. */
    private Map<String, Map<String, Provenance>> overridden(Provenance table) {
        Map<String, Map<String, Provenance>> out = new LinkedHashMap<>();
        sets.forEach((code, cells) -> cells.forEach((column, cell) -> out.computeIfAbsent(code,
                c -> new LinkedHashMap<>()).put(column, new Provenance(Provenance.Kind.OVERRIDE, cell.label()
                        + " (in the file: " + table.kind().key() + ": " + table.text() + ")"))));
        return out;
    }

    /** A problem with a figure of the table: at the override that set it, else at its row and column. */
    private Problem at(TableSource source, Area area, AreaColumn column, int tableColumn, String message) {
        SourceMap.Cell set = sets.getOrDefault(area.code(), Map.of()).get(column.name());
        return set != null ? new Problem(set.label(), 0, 0, "", message) : source.problem(area.row(), tableColumn, message);
    }

    static Map<String, Parameter> withColumns(Map<String, Parameter> shared, AreaTable table) {
        return table == null ? shared : table.withColumns(shared);
    }

    private Optional<TableSource> source(JsonNode node, String path) {
        if (node == null) {
            fields.problems().add(Paths.parent(path), "missing 'table': a CSV file, or {file: x.xlsx, sheet: name}");
            return Optional.empty();
        }
        String sheet = null;
        if (node.isObject()) {
            fields.onlyKeys(node, path, TABLE_KEYS);
            Optional<String> file = fields.text(node, "file", path, true);
            Optional<String> s = fields.text(node, "sheet", path, true);
            if (file.isEmpty() || s.isEmpty()) {
                return Optional.empty();
            }
            sheet = s.get();
        } else if (!node.isTextual() || node.asText().isBlank()) {
            fields.problems().add(path, "expected a CSV file name, or {file: x.xlsx, sheet: name}, got "
                    + Fields.describe(node));
            return Optional.empty();
        }
        Path file = tableFile(node);
        boolean xlsx = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (xlsx != (sheet != null)) {
            fields.problems().add(path, xlsx ? "an xlsx workbook needs its sheet: {file: " + file.getFileName()
                    + ", sheet: name}" : "a sheet goes with an xlsx workbook; give a CSV file by its name alone");
            return Optional.empty();
        }
        try {
            document.folders().resolve(scenarioFile, node.isObject() ? node.get("file").asText() : node.asText());
        } catch (InputRefused e) {
            fields.problems().add(node.isObject() ? Paths.child(path, "file") : path, e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new TableSource(file, sheet, "area table of " + place(path)));
    }

    /** The table's file, relative to the scenario file. */
    private Path tableFile(JsonNode node) {
        return scenarioFile.resolveSibling(node.isObject() ? node.get("file").asText() : node.asText()).normalize();
    }

    /** {@code scenario.yaml:12:3 (areas.table)}: where the scenario names the table. */
    private String place(String path) {
        var at = document.sourceMap().locate(path);
        return scenarioFile + (at.line() > 0 ? ":" + at.line() + ":" + at.column() : "") + " (" + path + ")";
    }

    private List<AreaColumn> columns(JsonNode node, String path) {
        List<AreaColumn> columns = new ArrayList<>();
        if (node == null) {
            return columns;
        }
        if (!fields.isObject(node, path, "a map of name: {kind, unit, column}")) {
            return columns;
        }
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String at = Paths.child(path, entry.getKey());
            if (!fields.identifier(entry.getKey(), at) || !fields.isObject(entry.getValue(), at,
                    "a column (a map with kind, unit and optionally the column's header)")) {
                continue;
            }
            JsonNode column = entry.getValue();
            fields.onlyKeys(column, at, COLUMN_KEYS);
            String kindKey = fields.text(column, "kind", at, false).orElse(ParameterKind.NUMBER.key());
            Optional<ParameterKind> kind = ParameterKind.fromKey(kindKey);
            if (kind.isEmpty()) {
                fields.problems().add(Paths.child(at, "kind"), "unknown kind '" + kindKey + "'");
                continue;
            }
            columns.add(new AreaColumn(entry.getKey(), fields.text(column, "column", at, false).orElse(entry.getKey()),
                    kind.get(), fields.text(column, "unit", at, false).orElse(""),
                    fields.text(column, "description", at, false).orElse("")));
        }
        return columns;
    }

    /** Shared parameters are one value for the whole scenario: their formulas cannot use a column. */
    private void checkSharedFormulas(Map<String, Parameter> shared, List<AreaColumn> columns) {
        Set<String> names = new java.util.HashSet<>();
        columns.forEach(c -> names.add(c.name()));
        for (Parameter p : shared.values()) {
            if (!p.isFormula()) {
                continue;
            }
            try {
                for (String used : FormulaExpression.parse(p.formula()).names()) {
                    if (names.contains(used)) {
                        fields.problems().add(Paths.child(p.path(), "formula"), "the area column '" + used
                                + "' differs per area; use it in a kernaanpak's parameters or formulas, "
                                + "not in a shared parameter");
                    }
                }
            } catch (FormulaException e) {
                // The calculation plan reports the formula itself.
            }
        }
    }

    private void rejectRollouts(JsonNode root) {
        JsonNode kernaanpakken = root.get("kernaanpakken");
        if (kernaanpakken == null || !kernaanpakken.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> k : Fields.entries(kernaanpakken)) {
            if (k.getValue().isObject() && k.getValue().has(SECTION)) {
                fields.problems().add(Paths.child(Paths.child("kernaanpakken", k.getKey()), SECTION),
                        "the scenario has no 'areas' section to roll out over");
            }
        }
    }

    private Map<String, Rollout> rollouts(JsonNode root, List<AreaColumn> columns, List<Area> areas,
            TableSource source) {
        Map<String, Rollout> rollouts = new HashMap<>();
        JsonNode kernaanpakken = root.get("kernaanpakken");
        if (kernaanpakken == null || !kernaanpakken.isObject()) {
            return rollouts;
        }
        for (Map.Entry<String, JsonNode> k : Fields.entries(kernaanpakken)) {
            JsonNode node = k.getValue().isObject() ? k.getValue().get(SECTION) : null;
            if (node == null) {
                continue;
            }
            String path = Paths.child(Paths.child("kernaanpakken", k.getKey()), SECTION);
            if (node.isTextual() && node.asText().equals("all")) {
                continue;
            }
            if (!fields.isObject(node, path, "'all', or {where: column, from: column}")) {
                continue;
            }
            fields.onlyKeys(node, path, ROLLOUT_KEYS);
            int where = column(node, "where", path, columns);
            int from = column(node, "from", path, columns);
            if (from >= 0) {
                for (Area area : areas) {
                    BigDecimal year = area.value(from);
                    if (year.stripTrailingZeros().scale() > 0 || year.compareTo(BigDecimal.valueOf(3000)) > 0
                            || year.compareTo(BigDecimal.valueOf(1900)) < 0) {
                        fields.problems().add(at(source, area, columns.get(from), 0, "column '"
                                + columns.get(from).header() + "' gives the year " + k.getKey() + " starts in area "
                                + area.code() + ": expected a year, got " + year.toPlainString()));
                        break;
                    }
                }
            }
            rollouts.put(k.getKey(), new Rollout(where, from));
        }
        return rollouts;
    }

    /** {@code marketShares: {financier: zorgverzekeraar, insurers: {CZ: aandeelCz, ...}}}, or null. */
    private MarketShares marketShares(JsonNode root, JsonNode node, String path, List<AreaColumn> columns,
            String municipal) {
        if (node == null || !fields.isObject(node, path, "{financier: zorgverzekeraar, insurers: {name: column}}")) {
            return null;
        }
        fields.onlyKeys(node, path, SHARE_KEYS);
        String financier = fields.text(node, "financier", path, false).orElse("zorgverzekeraar");
        Set<String> financiers = new java.util.TreeSet<>();
        JsonNode domains = root.get("domains");
        if (domains != null && domains.isObject()) {
            for (Map.Entry<String, JsonNode> d : Fields.entries(domains)) {
                if (d.getValue().isObject() && d.getValue().path("financier").isTextual()) {
                    financiers.add(d.getValue().get("financier").asText());
                }
            }
        }
        if (financier.equals(municipal) || !financiers.contains(financier)) {
            fields.problems().add(Paths.child(path, "financier"), financier.equals(municipal)
                    ? "the municipal financier '" + municipal + "' is split by gemeente, not by market share"
                    : "no domain has the financier '" + financier + "'; the domains have: "
                    + String.join(", ", financiers));
            return null;
        }
        String at = Paths.child(path, "insurers");
        JsonNode insurers = node.get("insurers");
        if (insurers == null) {
            fields.problems().add(path, "missing 'insurers': a map of insurer: the column with its share");
            return null;
        }
        if (!fields.isObject(insurers, at, "a map of insurer: the column with its share")) {
            return null;
        }
        List<MarketShares.Insurer> list = new ArrayList<>();
        for (Map.Entry<String, JsonNode> insurer : Fields.entries(insurers)) {
            String name = insurer.getKey();
            String place = Paths.child(at, name);
            if (name.isBlank() || name.chars().anyMatch(Character::isISOControl)) {
                fields.problems().add(place, "an insurer needs a name without control characters");
                continue;
            }
            int column = column(insurers, name, at, columns);
            if (column >= 0) {
                list.add(new MarketShares.Insurer(name, column));
            }
        }
        if (insurers.size() == 0) {
            fields.problems().add(at, "no insurers: name at least one, with the column of its share");
        }
        return list.size() == insurers.size() && !list.isEmpty()
                ? new MarketShares(financier, List.copyOf(list)) : null;
    }

    /** Every share from 0 to 1, and every area's shares adding up to 1 within the tolerance. */
    private void checkShares(MarketShares shares, List<AreaColumn> columns, List<Area> areas, Rows rows,
            TableSource source) {
        int found = 0;
        for (Area area : areas) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean inRange = true;
            for (MarketShares.Insurer insurer : shares.insurers()) {
                BigDecimal share = area.value(insurer.column());
                if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                    fields.problems().add(at(source, area, columns.get(insurer.column()),
                            rows.position(insurer.column()), "the market share of " + insurer.name() + " in area " + area.code() + " (column '"
                            + columns.get(insurer.column()).header() + "') must be from 0 to 1, got "
                            + share.toPlainString()));
                    inRange = false;
                    found++;
                }
                sum = sum.add(share);
            }
            if (inRange && sum.subtract(BigDecimal.ONE).abs().compareTo(MarketShares.TOLERANCE) > 0) {
                int reported = setShare(area, shares, columns);
                fields.problems().add(at(source, area, columns.get(reported), rows.position(reported),
                        "the market shares in area " + area.code() + " add up to " + sum.toPlainString()
                        + ", not 1 (within " + MarketShares.TOLERANCE.toPlainString() + "; columns "
                        + String.join(", ", shares.insurers().stream()
                                .map(i -> "'" + columns.get(i.column()).header() + "'").toList()) + ")"));
                found++;
            }
            if (found >= MAX_TABLE_PROBLEMS) {
                return;
            }
        }
    }

    /** The column of an area's first share the command line set, else of its first share: where a sum is reported. */
    private int setShare(Area area, MarketShares shares, List<AreaColumn> columns) {
        Map<String, SourceMap.Cell> set = sets.getOrDefault(area.code(), Map.of());
        return shares.insurers().stream().map(MarketShares.Insurer::column)
                .filter(c -> set.containsKey(columns.get(c).name()))
                .findFirst().orElse(shares.insurers().get(0).column());
    }

    private int column(JsonNode node, String key, String path, List<AreaColumn> columns) {
        Optional<String> name = node.has(key) ? fields.text(node, key, path, true) : Optional.empty();
        if (name.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name.get())) {
                return i;
            }
        }
        fields.problems().add(Paths.child(path, key), "unknown area column '" + name.get() + "'; declared: "
                + String.join(", ", columns.stream().map(AreaColumn::name).toList()));
        return -1;
    }

    /** Turns each row into an area, checking codes, duplicates and numbers as the rows stream by. */
    private final class Rows implements TableSource.Sink {
        private final TableSource source;
        private final String codeHeader;
        private final String nameHeader;
        private final String gemeenteHeader;
        private final List<AreaColumn> columns;
        private final List<Area> areas;
        private final Map<String, Integer> seen = new HashMap<>();
        /** Numbers written like 7.000, warned about once the table has been read as an area table. */
        private final List<Problem> pending = new ArrayList<>();
        private int code;
        private int name;
        private int gemeente;
        private int[] indices;
        private int problems;
        /** While a cell the command line set is checked: its problems are the override's, not the table's. */
        private SourceMap.Cell redirect;

        Rows(TableSource source, String code, String name, String gemeente, List<AreaColumn> columns,
                List<Area> areas) {
            this.source = source;
            this.codeHeader = code;
            this.nameHeader = name;
            this.gemeenteHeader = gemeente;
            this.columns = columns;
            this.areas = areas;
        }

        @Override
        public void header(int row, List<String> cells) throws InvalidInputException {
            Map<String, Integer> byName = new HashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                Integer first = byName.putIfAbsent(cells.get(c), c);
                if (first != null && !cells.get(c).isEmpty()) {
                    problem(row, c + 1, "the header of this column is the same as that of column " + (first + 1));
                }
            }
            code = find(byName, codeHeader, row, cells);
            name = find(byName, nameHeader, row, cells);
            gemeente = find(byName, gemeenteHeader, row, cells);
            indices = new int[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                indices[i] = find(byName, columns.get(i).header(), row, cells);
            }
            if (problems > 0) {
                throw new InvalidInputException(List.of());
            }
        }

        private int find(Map<String, Integer> byName, String header, int row, List<String> cells)
                throws InvalidInputException {
            Integer index = byName.get(header);
            if (index == null) {
                problem(row, 0, "missing column '" + header + "': no cell of the header (row " + row + ") is '"
                        + header + "'");
                return -1;
            }
            return index;
        }

        /** The code, name and gemeente columns and the declared ones; a sheet's other cells may hold anything. */
        @Override
        public boolean reads(int column) {
            if (column == code || column == name || column == gemeente) {
                return true;
            }
            for (int index : indices) {
                if (index == column) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void row(int row, List<String> cells, java.util.BitSet numbers) throws InvalidInputException {
            String areaCode = cell(cells, code);
            String areaName = cell(cells, name);
            String areaGemeente = cell(cells, gemeente);
            boolean ok = checkCode(row, areaCode, areaGemeente);
            ok &= text(row, name, areaName, "name");
            ok &= text(row, gemeente, areaGemeente, "gemeente");
            BigDecimal[] values = new BigDecimal[columns.size()];
            Map<String, SourceMap.Cell> set = sets.getOrDefault(areaCode, Map.of());
            for (int i = 0; i < columns.size(); i++) {
                SourceMap.Cell given = set.get(columns.get(i).name());
                // A cell the command line sets is read as the table's own would be; a problem names the override.
                redirect = given;
                values[i] = number(row, indices[i], given != null ? given.value() : cell(cells, indices[i]),
                        columns.get(i), given == null && numbers.get(Math.max(0, indices[i])));
                redirect = null;
                ok &= values[i] != null;
            }
            if (ok) {
                Integer first = seen.putIfAbsent(areaCode, row);
                if (first != null) {
                    problem(row, code + 1, "the area code appears twice (first on row " + first + ")");
                    return;
                }
                areas.add(new Area(areaCode, areaName, areaGemeente, row, values));
            }
        }

        private boolean checkCode(int row, String value, String areaGemeente) throws InvalidInputException {
            if (value.isEmpty()) {
                problem(row, code + 1, "missing the area code");
                return false;
            }
            if (CBS.matcher(value).matches()) {
                if (!CBS_VALID.matcher(value).matches()) {
                    problem(row, code + 1, "the area code is not a CBS code: a code that starts with GM, WK or BU is "
                            + "GM and 4 digits, WK and 6, or BU and 8");
                    return false;
                }
                if (!value.startsWith("GM") && areaGemeente.matches("GM[0-9]{4}")
                        && !value.substring(2, 6).equals(areaGemeente.substring(2))) {
                    problem(row, code + 1, "the area's CBS code lies outside its gemeente (the GM code in column "
                            + (gemeente + 1) + ")");
                    return false;
                }
                return true;
            }
            if (!CODE.matcher(value).matches()) {
                problem(row, code + 1, "not an area code: use a CBS code (GM0917, WK091701, BU09170101) or "
                        + "letters, digits, '.', '-' and '_' (at most 40)");
                return false;
            }
            return true;
        }

        private boolean text(int row, int column, String value, String what) throws InvalidInputException {
            if (value.isEmpty()) {
                problem(row, column + 1, "missing the area's " + what);
                return false;
            }
            Optional<String> wrong = TextGate.problemUnquoted(value);
            if (wrong.isPresent()) {
                problem(row, column + 1, "the area's " + what + ": " + wrong.get());
                return false;
            }
            return true;
        }

        /** @param stored whether a workbook holds the cell as a number (a CSV file holds only text) */
        private BigDecimal number(int row, int column, String value, AreaColumn declared, boolean stored)
                throws InvalidInputException {
            String at = "column '" + declared.header() + "'";
            String text = value.equalsIgnoreCase("true") ? "1" : value.equalsIgnoreCase("false") ? "0" : value;
            if (!NUMBER.matcher(text).matches()) {
                problem(row, column + 1, value.isEmpty() ? "missing a value in " + at
                        : "expected " + declared.kind().expected() + " in " + at + ", got "
                        + (value.matches("-?[0-9]+,[0-9]+") ? "a decimal comma (write a decimal point)"
                        : DutchNumbers.decimalComma(value) ? "points between thousands and a decimal comma (write a "
                        + "decimal point and no thousands separator)" : DutchNumbers.grouped(value) ? "points between "
                        + "thousands (write the number without them: a '.' is a decimal point)" : "text"));
                return null;
            }
            if (!stored) {
                // Named only once the whole table has been read as an area table: see readWarnings.
                DutchNumbers.warning(text).ifPresent(w -> pending.add(redirect != null
                        ? new Problem(redirect.label(), 0, 0, "", "column '" + declared.header() + "': " + w)
                        : source.problem(row, column + 1, "column '" + declared.header() + "': " + w)));
            }
            BigDecimal number = new BigDecimal(text);
            if (number.abs().compareTo(new BigDecimal("1e15")) > 0) {
                problem(row, column + 1, "the value in " + at + " is beyond 10^15");
                return null;
            }
            if (declared.kind().check(number).isPresent()) {
                problem(row, column + 1, "expected " + declared.kind().expected() + " in " + at + ", got "
                        + (number.signum() < 0 ? "a negative number" : "a number above 1"));
                return null;
            }
            return number;
        }

        private void problem(int row, int column, String message) throws InvalidInputException {
            fields.problems().add(redirect != null ? new Problem(redirect.label(), 0, 0, "", message)
                    : source.problem(row, column, message));
            if (++problems >= MAX_TABLE_PROBLEMS) {
                fields.problems().add(source.problem(row, 0, "stopped reading the table after " + problems
                        + " problems"));
                throw new InvalidInputException(List.of());
            }
        }

        /** The table column (1-based) of a declared column, for messages. */
        int position(int declared) {
            return indices == null || indices[declared] < 0 ? 0 : indices[declared] + 1;
        }

        private static String cell(List<String> cells, int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }
}
