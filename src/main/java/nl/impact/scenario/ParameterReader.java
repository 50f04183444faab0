package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.impact.calc.distribution.BandDistribution;
import nl.impact.model.Band;
import nl.impact.model.Distribution;
import nl.impact.model.Parameter;
import nl.impact.model.ParameterKind;
import nl.impact.model.Paths;
import nl.impact.model.Provenance;
import nl.impact.model.YearRange;
import nl.impact.model.YearValues;

/**
 * Reads one parameter definition: a single {@code value}, a value {@code perYear}, a band
 * ({@code min}/{@code max}, optional {@code expected}) or a {@code formula}; its unit and kind;
 * and its provenance ({@code source}, {@code assumption}, {@code derived} or {@code placeholder}).
 */
final class ParameterReader {

    static final Set<String> KEYS = Set.of("value", "perYear", "min", "max", "expected", "formula",
            "unit", "kind", "description", "source", "assumption", "derived", "placeholder",
            DistributionReader.KEY, ExcelValues.KEY);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** Appended to the provenance of a band without {@code expected}: {@link Provenance#MIDPOINT_NOTE}. */
    static final String MIDPOINT_NOTE = Provenance.MIDPOINT_NOTE;

    private final Fields fields;
    private final YearRange years;

    ParameterReader(Fields fields, YearRange years) {
        this(fields, years, null);
    }

    /** @param scenarioFile what a {@code fromExcel} workbook's file is relative to */
    ParameterReader(Fields fields, YearRange years, java.nio.file.Path scenarioFile) {
        this(fields, years, scenarioFile, Citations.none(fields));
    }

    /** @param citations the scenario's documents, which a structured {@code source} cites */
    ParameterReader(Fields fields, YearRange years, java.nio.file.Path scenarioFile, Citations citations) {
        this(fields, years, scenarioFile, citations, InputFolders.SCENARIO_ONLY);
    }

    /** @param folders where a {@code fromExcel} workbook may be, besides the scenario's folder */
    ParameterReader(Fields fields, YearRange years, java.nio.file.Path scenarioFile, Citations citations,
            InputFolders folders) {
        this.fields = fields;
        this.years = years;
        this.excel = new ExcelValues(fields, scenarioFile, folders);
        this.citations = citations;
    }

    private final Citations citations;

    private final ExcelValues excel;

    /** The workbooks values were read from so far, sorted: inputs no output may replace. */
    java.util.List<java.nio.file.Path> workbooks() {
        return excel.files();
    }

    /** Every parameter read, by path: what a correlation may name. */
    private final Map<String, Parameter> everyParameter = new java.util.LinkedHashMap<>();

    /** Every parameter read so far, by its path. */
    Map<String, Parameter> everyParameter() {
        return java.util.Collections.unmodifiableMap(everyParameter);
    }

    /**
     * @param kind the kind a calculator requires, or null when the scenario may choose
     * @param unit the unit a calculator gives, used when the scenario names none
     */
    Optional<Parameter> read(String name, JsonNode node, String path, ParameterKind kind, String unit) {
        if (!fields.isObject(node, path, "a parameter (a map with value, perYear, min/max or formula, and a source)")) {
            return Optional.empty();
        }
        int before = fields.problems().list().size();
        fields.onlyKeys(node, path, KEYS);
        ParameterKind effectiveKind = kind(node, path, kind);
        boolean hasExcel = node.has(ExcelValues.KEY);
        // A value from a workbook carries its place as its source unless the scenario gives one.
        Optional<Provenance> provenance = hasExcel && java.util.Arrays.stream(Provenance.Kind.values())
                .noneMatch(k -> node.has(k.key())) ? Optional.of(new Provenance(Provenance.Kind.SOURCE, ""))
                : provenance(node, path);
        String description = fields.text(node, "description", path, false).orElse("");
        String effectiveUnit = fields.text(node, "unit", path, false).orElse(unit == null ? "" : unit);

        boolean hasValue = node.has("value");
        boolean hasPerYear = node.has("perYear");
        boolean hasBand = node.has("min") || node.has("max");
        boolean hasFormula = node.has("formula");
        int forms = (hasValue ? 1 : 0) + (hasPerYear ? 1 : 0) + (hasBand ? 1 : 0) + (hasFormula ? 1 : 0)
                + (hasExcel ? 1 : 0);
        if (forms != 1) {
            fields.problems().add(path, forms == 0
                    ? "missing a value: expected one of value, perYear, min/max or formula"
                    : "expected only one of value, perYear, min/max or formula");
            return Optional.empty();
        }
        if (node.has("expected") && !hasBand) {
            fields.problems().add(Paths.child(path, "expected"), "'expected' goes with a min/max band");
        }
        Band<YearValues> values = null;
        String formula = null;
        if (hasFormula) {
            formula = fields.text(node, "formula", path, true).map(f -> fields.formula(f, Paths.child(path, "formula")))
                    .orElse(null);
            if (provenance.isPresent() && provenance.get().kind() == Provenance.Kind.SOURCE) {
                // A formula is by nature derived; say how, so a reader can check it.
                fields.problems().add(path, "a formula parameter is derived: give 'derived: how' instead of 'source'");
            }
        } else if (hasExcel) {
            Optional<ExcelValues.Value> cell = excel.read(node.get(ExcelValues.KEY), Paths.child(path, ExcelValues.KEY));
            values = cell.flatMap(c -> checked(c.number(), Paths.child(path, ExcelValues.KEY), effectiveKind, c.place()))
                    .map(v -> Band.of(YearValues.constant(v))).orElse(null);
            provenance = provenance.flatMap(p -> cell.map(c -> new Provenance(p.kind(),
                    p.text().isEmpty() ? c.place() : p.text() + " (" + c.place() + ")")));
        } else if (hasValue) {
            values = number(node.get("value"), Paths.child(path, "value"), effectiveKind)
                    .map(v -> Band.of(YearValues.constant(v))).orElse(null);
        } else if (hasPerYear) {
            values = perYear(node.get("perYear"), Paths.child(path, "perYear"), effectiveKind).map(Band::of).orElse(null);
        } else {
            values = band(node, path, effectiveKind);
        }
        Distribution distribution = Distribution.DEFAULT;
        if (node.has(DistributionReader.KEY)) {
            String at = Paths.child(path, DistributionReader.KEY);
            if (!hasBand) {
                fields.problems().add(at, "a distribution goes with a min/max band");
            } else {
                distribution = new DistributionReader(fields).read(node.get(DistributionReader.KEY), at)
                        .orElse(Distribution.DEFAULT);
            }
        }
        if (fields.problems().list().size() > before || provenance.isEmpty()) {
            return Optional.empty();
        }
        Provenance marked = hasBand && !node.has("expected")
                ? new Provenance(provenance.get().kind(), provenance.get().text() + MIDPOINT_NOTE)
                : provenance.get();
        Parameter parameter = new Parameter(name, path, effectiveUnit, effectiveKind, description, values, formula,
                hasBand, marked, distribution);
        if (hasBand && !drawable(parameter, node.has(DistributionReader.KEY) ? Paths.child(path, DistributionReader.KEY)
                : path)) {
            return Optional.empty();
        }
        everyParameter.put(path, parameter);
        return Optional.of(parameter);
    }

    /**
     * Whether a simulation can draw the band as its distribution says, every draw a finite number
     * within the limit on magnitudes: checked here, so that whatever validate accepts, simulate computes.
     */
    private boolean drawable(Parameter parameter, String at) {
        List<String> problems = new java.util.ArrayList<>();
        BandDistribution.of(parameter, years, problems);
        problems.forEach(p -> fields.problems().add(at, p));
        return problems.isEmpty();
    }

    private ParameterKind kind(JsonNode node, String path, ParameterKind required) {
        Optional<String> given = fields.text(node, "kind", path, false);
        if (given.isEmpty()) {
            return required == null ? ParameterKind.NUMBER : required;
        }
        Optional<ParameterKind> kind = ParameterKind.fromKey(given.get());
        if (kind.isEmpty()) {
            fields.problems().add(Paths.child(path, "kind"), "unknown kind '" + given.get()
                    + "'; expected one of " + String.join(", ",
                    Arrays.stream(ParameterKind.values()).map(ParameterKind::key).toList()));
            return required == null ? ParameterKind.NUMBER : required;
        }
        if (required != null && kind.get() != required) {
            fields.problems().add(Paths.child(path, "kind"), "expected " + required.expected()
                    + " here, not " + kind.get().key());
            return required;
        }
        return kind.get();
    }

    /** The one provenance of a parameter, band or target: source, assumption, derived or placeholder. */
    Optional<Provenance> provenance(JsonNode node, String path) {
        List<String> overrides = fields.problems().overridesTouching(path);
        Optional<Provenance> given = givenProvenance(node, path, !overrides.isEmpty());
        if (overrides.isEmpty()) {
            return given;
        }
        // A what-if from the command line: the figure is no longer the plan's, whatever the file says.
        String text = String.join(", ", overrides)
                + given.map(p -> " (in the file: " + p.kind().key() + ": " + p.text() + ")").orElse("");
        return Optional.of(new Provenance(Provenance.Kind.OVERRIDE, text));
    }

    private Optional<Provenance> givenProvenance(JsonNode node, String path, boolean overridden) {
        Provenance found = null;
        for (Provenance.Kind kind : Provenance.Kind.inFiles()) {
            if (node.has(kind.key())) {
                Optional<String> text = kind == Provenance.Kind.SOURCE ? citations.source(node, path)
                        : fields.text(node, kind.key(), path, true);
                if (found != null) {
                    fields.problems().add(Paths.child(path, kind.key()), "give one provenance, not both '"
                            + found.kind().key() + "' and '" + kind.key() + "'");
                    return Optional.empty();
                }
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                found = new Provenance(kind, text.get());
            }
        }
        if (found == null && !overridden) {
            fields.problems().add(path, "missing provenance: give 'source' (where the figure comes from), "
                    + "or mark it 'assumption', 'derived' or 'placeholder' with a reason");
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }

    private Band<YearValues> band(JsonNode node, String path, ParameterKind kind) {
        if (!node.has("min") || !node.has("max")) {
            fields.problems().add(path, "a band needs both 'min' and 'max'");
            return null;
        }
        Optional<YearValues> min = yearValues(node.get("min"), Paths.child(path, "min"), kind);
        Optional<YearValues> max = yearValues(node.get("max"), Paths.child(path, "max"), kind);
        Optional<YearValues> expected = node.has("expected")
                ? yearValues(node.get("expected"), Paths.child(path, "expected"), kind)
                : min.flatMap(lo -> max.map(hi -> lo.combine(hi, (a, b) -> a.add(b).multiply(HALF))));
        if (min.isEmpty() || max.isEmpty() || expected.isEmpty()) {
            return null;
        }
        if (node.has("expected")) {
            checkWithinBand(min.get(), expected.get(), max.get(), Paths.child(path, "expected"));
        }
        if (!node.has("expected") && kind == ParameterKind.COUNT && !whole(expected.get())) {
            // Half a team or half a person is no expected value: let the scenario say which whole number.
            fields.problems().add(path, "the midpoint of min and max is not a whole count ("
                    + describe(expected.get()) + "): give 'expected' as a whole number");
            return null;
        }
        return new Band<>(min.get(), expected.get(), max.get());
    }

    /**
     * The expected value lies between min and max (in either order: min is the minimal-effect
     * scenario, not the smaller number), in every plan year.
     */
    private void checkWithinBand(YearValues min, YearValues expected, YearValues max, String path) {
        for (int year = years.first(); year <= years.last(); year++) {
            BigDecimal lo = min.at(year).min(max.at(year));
            BigDecimal hi = min.at(year).max(max.at(year));
            BigDecimal e = expected.at(year);
            if (e.compareTo(lo) < 0 || e.compareTo(hi) > 0) {
                boolean constant = min.isConstant() && expected.isConstant() && max.isConstant();
                fields.problems().add(path, "expected " + e.stripTrailingZeros().toPlainString() + " lies outside its band ("
                        + "min " + min.at(year).stripTrailingZeros().toPlainString() + ", max "
                        + max.at(year).stripTrailingZeros().toPlainString() + ")" + (constant ? "" : " in " + year));
                return;
            }
        }
    }

    private static boolean whole(YearValues values) {
        return values.isConstant() ? isWhole(values.constant()) : values.perYear().values().stream().allMatch(ParameterReader::isWhole);
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static String describe(YearValues values) {
        if (values.isConstant()) {
            return values.constant().stripTrailingZeros().toPlainString();
        }
        return values.perYear().entrySet().stream().filter(e -> !isWhole(e.getValue())).findFirst()
                .map(e -> e.getValue().stripTrailingZeros().toPlainString() + " in " + e.getKey()).orElse("");
    }

    private Optional<YearValues> yearValues(JsonNode node, String path, ParameterKind kind) {
        if (node != null && node.isObject()) {
            return perYear(node, path, kind);
        }
        return number(node, path, kind).map(YearValues::constant);
    }

    private Optional<YearValues> perYear(JsonNode node, String path, ParameterKind kind) {
        if (!fields.isObject(node, path, "a value per year (a map of year: number)")) {
            return Optional.empty();
        }
        SortedMap<Integer, BigDecimal> values = new TreeMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String at = Paths.child(path, entry.getKey());
            Integer year = parseYear(entry.getKey());
            if (year == null || !years.isPlanYear(year)) {
                fields.problems().add(at, "expected a plan year from " + years.first() + " to " + years.last()
                        + ", got '" + entry.getKey() + "'");
                ok = false;
                continue;
            }
            Optional<BigDecimal> value = number(entry.getValue(), at, kind);
            ok &= value.isPresent();
            value.ifPresent(v -> values.put(year, v));
        }
        for (int year = years.first(); year <= years.last(); year++) {
            if (!values.containsKey(year) && ok) {
                fields.problems().add(path, "missing a value for " + year + " (every plan year from "
                        + years.first() + " to " + years.last() + " needs one)");
                ok = false;
            }
        }
        return ok ? Optional.of(YearValues.perYear(values)) : Optional.empty();
    }

    private Optional<BigDecimal> number(JsonNode node, String path, ParameterKind kind) {
        Optional<BigDecimal> value = fields.number(node, path);
        if (value.isPresent()) {
            Optional<String> wrong = kind.check(value.get());
            if (wrong.isPresent()) {
                fields.problems().add(path, wrong.get());
                return Optional.empty();
            }
        }
        return value;
    }

    /** A number from a workbook checked against the parameter's kind, with its place in the message. */
    private Optional<BigDecimal> checked(BigDecimal value, String path, ParameterKind kind, String place) {
        Optional<String> wrong = kind.check(value);
        wrong.ifPresent(w -> fields.problems().add(path, place + ": " + w));
        return wrong.isPresent() ? Optional.empty() : Optional.of(value);
    }

    private static Integer parseYear(String key) {
        try {
            return Integer.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
