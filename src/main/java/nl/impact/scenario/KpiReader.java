package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.impact.calc.formula.FormulaException;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.calc.formula.YearContext;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.calc.kpi.KpiParameterSpec;
import nl.impact.model.Accumulation;
import nl.impact.model.Direction;
import nl.impact.model.EffectUnit;
import nl.impact.model.Kpi;
import nl.impact.model.KpiActivities;
import nl.impact.model.KpiBand;
import nl.impact.model.KpiSelection;
import nl.impact.model.KpiTarget;
import nl.impact.model.Limits;
import nl.impact.model.Parameter;
import nl.impact.model.Paths;
import nl.impact.model.Provenance;
import nl.impact.model.YearRange;

/**
 * Reads one KPI: what it measures, its direction and accumulation, its target, its band per year
 * (numbers, or formulas over its fixed numbers) and either its calculator's parameters (keys beside
 * the reserved ones, as for a kernaanpak) or its formula with the names it reads.
 */
final class KpiReader {

    static final Set<String> RESERVED = Set.of("name", "deelopgave", "description", "unit", "accumulation",
            "direction", "target", "band", "calculator", "note", "years", "formula", "names", "activities");
    /** The keys of a name that adds up the plan's results; exactly one of the first three. */
    static final List<String> SELECTION_KINDS = List.of("effects", "capacity", "quantities");
    private static final Set<String> SELECTION_KEYS = Set.of("effects", "capacity", "quantities", "domains", "unit",
            "description");
    /** A band's year, or a range of years with the same band (its min and max may be formulas of the year). */
    private static final java.util.regex.Pattern BAND_YEARS = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
    /** Text that is a number written as text ("7.000", "135,5"): read as a number, whose message says what is wrong. */
    private static final java.util.regex.Pattern NUMBER_TEXT = java.util.regex.Pattern.compile("\\s*[+-]?[0-9][0-9.,]*\\s*");
    private static final Set<String> YEARS_KEYS = Set.of("last");
    private static final Set<String> TARGET_KEYS = withProvenance("value", "year", "description");
    private static final Set<String> BAND_KEYS = withProvenance("min", "max", "note");
    private static final Set<String> ACTIVITY_KEYS = withProvenance("kernaanpakken");

    private final Fields fields;
    private final ParameterReader parameters;
    private final KpiCalculatorRegistry calculators;
    private final YearRange years;
    private final Map<String, Parameter> shared;
    private final Set<String> kernaanpakken;

    /** @param kernaanpakken the ids of the scenario's kernaanpakken as written, which activities may name */
    KpiReader(Fields fields, ParameterReader parameters, KpiCalculatorRegistry calculators, YearRange years,
            Map<String, Parameter> shared, Set<String> kernaanpakken) {
        this.fields = fields;
        this.parameters = parameters;
        this.calculators = calculators;
        this.years = years;
        this.shared = shared;
        this.kernaanpakken = kernaanpakken;
    }

    Optional<Kpi> read(String id, JsonNode node, String path) {
        if (!fields.key(id, path) || !fields.isObject(node, path, "a KPI (a map with unit, direction, band and calculator)")) {
            return Optional.empty();
        }
        int before = fields.problems().list().size();
        String name = fields.text(node, "name", path, false).orElse(id);
        String deelopgave = fields.text(node, "deelopgave", path, true).orElse("");
        String description = fields.text(node, "description", path, false).orElse("");
        fields.text(node, "note", path, false);
        String unit = fields.text(node, "unit", path, true).orElse("");
        Optional<Accumulation> accumulation = choice(node, "accumulation", path, Accumulation::fromKey, "per-year, cumulative");
        Optional<Direction> direction = choice(node, "direction", path, Direction::fromKey,
                "higher-is-better, lower-is-better");
        int lastYear = lastYear(node.get("years"), Paths.child(path, "years"));
        Optional<KpiTarget> target = target(node.get("target"), Paths.child(path, "target"), path);
        Map<String, Parameter> numbers = new LinkedHashMap<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Map<String, KpiSelection> selections = new LinkedHashMap<>();
        String formula = null;
        String calculatorId = null;
        if (node.has("formula")) {
            if (node.has("calculator")) {
                fields.problems().add(Paths.child(path, "calculator"), "give either 'calculator' or 'formula', not both");
            }
            formula = formula(node, path, numbers, selections).orElse(null);
            calculatorId = Kpi.FORMULA;
        } else {
            if (node.has("names")) {
                fields.problems().add(Paths.child(path, "names"), "'names' goes with 'formula': they are the names "
                        + "the KPI's formula reads");
            }
            Optional<KpiCalculator> calculator = Optional.empty();
            if (!node.has("calculator")) {
                fields.problems().add(path, "missing 'calculator' (a KPI calculator's id) or 'formula'");
            } else {
                calculatorId = fields.text(node, "calculator", path, true).orElse(null);
                calculator = Optional.ofNullable(calculatorId).flatMap(calculators::find);
                if (calculatorId != null && calculator.isEmpty()) {
                    fields.problems().add(Paths.child(path, "calculator"), "unknown KPI calculator '" + calculatorId
                            + "'; known: " + String.join(", ", calculators.all().stream().map(KpiCalculator::id).toList()));
                }
            }
            calculator.ifPresent(c -> readParameters(node, path, c, numbers, texts));
        }
        SortedMap<Integer, KpiBand> bands = bands(node.get("band"), Paths.child(path, "band"), direction.orElse(null),
                lastYear, numbers, selections.keySet());
        KpiActivities activities = activities(node.get("activities"), Paths.child(path, "activities"));
        if (fields.problems().list().size() > before || accumulation.isEmpty() || direction.isEmpty()
                || target.isEmpty() || calculatorId == null) {
            return Optional.empty();
        }
        return Optional.of(new Kpi(id, name, deelopgave, description, unit, accumulation.get(), direction.get(),
                target.get(), bands, calculatorId, numbers, texts, path, lastYear, formula, selections, activities));
    }

    /**
     * The kernaanpakken tied to the KPI, whose future activities the spelregels allow the insurer to
     * stop when the KPI falls below its band twice in a row; the tie needs a provenance like a figure.
     */
    private KpiActivities activities(JsonNode node, String path) {
        if (node == null || !fields.isObject(node, path,
                "the activities tied to the KPI (a map with kernaanpakken and a source or assumption)")) {
            return KpiActivities.NONE;
        }
        fields.onlyKeys(node, path, ACTIVITY_KEYS);
        List<String> ids = MilestoneReader.kernaanpakList(fields, node, path, kernaanpakken, false);
        Optional<Provenance> provenance = parameters.provenance(node, path);
        return provenance.isEmpty() || ids.isEmpty() ? KpiActivities.NONE : new KpiActivities(ids, provenance.get());
    }

    /**
     * A KPI written as a formula: the formula, and the names it reads under {@code names}, each a
     * selection of the plan's results or a number; a name not declared there may be a shared
     * parameter. Returns the formula's text when it can be read.
     */
    private Optional<String> formula(JsonNode node, String path, Map<String, Parameter> numbers,
            Map<String, KpiSelection> selections) {
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            if (!RESERVED.contains(entry.getKey())) {
                fields.problems().add(Paths.child(path, entry.getKey()), "unknown key '" + entry.getKey() + "': a KPI "
                        + "written as a formula declares the names it reads under 'names'");
            }
        }
        String namesPath = Paths.child(path, "names");
        JsonNode names = node.get("names");
        if (names != null && fields.isObject(names, namesPath, "the names of the formula (a map of name: effects, "
                + "capacity, quantities, a number, or the name of a shared parameter)")) {
            for (Map.Entry<String, JsonNode> entry : Fields.entries(names)) {
                String at = Paths.child(namesPath, entry.getKey());
                if (fields.identifier(entry.getKey(), at)) {
                    name(entry.getKey(), entry.getValue(), at, numbers, selections);
                }
            }
        }
        String at = Paths.child(path, "formula");
        Optional<String> text = fields.text(node, "formula", path, true).map(f -> fields.formula(f, at));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        FormulaExpression expression;
        try {
            expression = FormulaExpression.parse(text.get());
        } catch (FormulaException e) {
            fields.problems().add(at, e.getMessage());
            return Optional.empty();
        }
        for (String name : expression.names()) {
            if (numbers.containsKey(name) || selections.containsKey(name) || (names != null && names.has(name))) {
                continue; // declared, whether or not it could be read: what is wrong with it is said there
            }
            Parameter p = shared.get(name);
            if (p == null) {
                fields.problems().add(at, "unknown name '" + name + "': declare it under names (effects, capacity, "
                        + "quantities or a number) or use a shared parameter"
                        + (shared.isEmpty() ? "" : " (" + String.join(", ", shared.keySet()) + ")"));
            } else if (p.isFormula()) {
                fields.problems().add(at, "'" + name + "' is a formula parameter; a KPI's formula reads numbers: "
                        + "write that formula in the KPI's formula");
            } else {
                numbers.put(name, p);
            }
        }
        return text;
    }

    /** One name of a KPI's formula: a selection, a number, or the name of a shared parameter. */
    private void name(String name, JsonNode node, String path, Map<String, Parameter> numbers,
            Map<String, KpiSelection> selections) {
        if (node != null && node.isObject() && SELECTION_KINDS.stream().anyMatch(node::has)) {
            selection(node, path).ifPresent(s -> selections.put(name, s));
            return;
        }
        if (node != null && node.has("formula")) {
            fields.problems().add(Paths.child(path, "formula"), "a name of a KPI's formula takes value, perYear or "
                    + "min/max, or the name of a shared parameter; write a formula in the KPI's formula itself");
            return;
        }
        Optional<Parameter> p = node != null && node.isTextual() ? sharedNumber(node.asText(), path)
                : parameters.read(name, node, path, null, null);
        p.ifPresent(v -> numbers.put(name, v));
    }

    /** {@code {effects: [...], domains: [...]}}, {@code {capacity: [...], unit: ..., domains: [...]}} or {@code {quantities: [...]}}. */
    private Optional<KpiSelection> selection(JsonNode node, String path) {
        fields.onlyKeys(node, path, SELECTION_KEYS);
        fields.text(node, "description", path, false);
        List<String> kinds = SELECTION_KINDS.stream().filter(node::has).toList();
        if (kinds.size() > 1) {
            fields.problems().add(path, "give one of effects, capacity and quantities, not " + String.join(" and ", kinds));
            return Optional.empty();
        }
        KpiSelection.Kind kind = KpiSelection.Kind.valueOf(kinds.get(0).toUpperCase(java.util.Locale.ROOT));
        Optional<List<String>> items = list(node.get(kinds.get(0)), Paths.child(path, kinds.get(0)));
        List<String> domains = List.of();
        if (node.has("domains")) {
            if (kind == KpiSelection.Kind.QUANTITIES) {
                fields.problems().add(Paths.child(path, "domains"), "quantities have no domain: 'domains' goes with "
                        + "effects and capacity");
            } else {
                domains = list(node.get("domains"), Paths.child(path, "domains")).orElse(List.of());
            }
        }
        EffectUnit unit = null;
        if (kind == KpiSelection.Kind.CAPACITY) {
            Optional<String> key = fields.text(node, "unit", path, false);
            if (key.isEmpty()) {
                fields.problems().add(path, "missing 'unit' (uur, fte or personen): the unit of the capacity added up");
                return Optional.empty();
            }
            unit = EffectUnit.fromKey(key.get()).filter(u -> !u.isEuro()).orElse(null);
            if (unit == null) {
                fields.problems().add(Paths.child(path, "unit"), "unknown unit '" + key.get() + "'; expected uur, fte "
                        + "or personen (effects in euros go under 'effects')");
                return Optional.empty();
            }
        } else if (node.has("unit")) {
            fields.problems().add(Paths.child(path, "unit"), "'unit' goes with capacity (uur, fte or personen)");
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            fields.problems().add(Paths.child(path, kinds.get(0)), "expected at least one kernaanpak/name");
            return Optional.empty();
        }
        return Optional.of(new KpiSelection(kind, items.get(), domains, unit, path));
    }

    /** A shared parameter named where a KPI needs a number: one with a value, not a formula. */
    private Optional<Parameter> sharedNumber(String name, String path) {
        Parameter p = shared.get(name);
        if (p == null) {
            fields.problems().add(path, "unknown shared parameter '" + name + "'; the scenario's "
                    + "parameters are " + String.join(", ", shared.keySet()));
            return Optional.empty();
        }
        if (p.isFormula()) {
            fields.problems().add(path, "'" + name + "' is a formula; a KPI parameter needs a value");
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /**
     * The KPI's own last year ({@code years: {last: Y}}): its trajectory and bands may run beyond the
     * plan's effect years up to Y. Without it, {@code years.effectsUntil}.
     */
    private int lastYear(JsonNode node, String path) {
        if (node == null) {
            return years.effectsUntil();
        }
        if (!fields.isObject(node, path, "the KPI's own years (a map with last)")) {
            return years.effectsUntil();
        }
        fields.onlyKeys(node, path, YEARS_KEYS);
        Optional<Integer> last = fields.year(node, "last", path, true);
        if (last.isEmpty()) {
            return Limits.LATEST_YEAR;
        }
        // A wrong last year is reported once: the bands are then checked against the latest year allowed.
        if (last.get() < years.effectsUntil()) {
            fields.problems().add(Paths.child(path, "last"), "expected a year from " + years.effectsUntil()
                    + " (years.effectsUntil: a KPI runs at least that far) on, got " + last.get());
            return Limits.LATEST_YEAR;
        }
        if (last.get() - years.first() + 1 > Limits.MAX_PLAN_YEARS) {
            fields.problems().add(Paths.child(path, "last"), "expected at most " + Limits.MAX_PLAN_YEARS
                    + " years from years.first (" + years.first() + ", the limit on plan years), got " + last.get());
            return Limits.LATEST_YEAR;
        }
        return last.get();
    }

    private <T> Optional<T> choice(JsonNode node, String key, String path,
            java.util.function.Function<String, Optional<T>> parse, String expected) {
        Optional<String> text = fields.text(node, key, path, true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text.get());
        if (value.isEmpty()) {
            fields.problems().add(Paths.child(path, key), "unknown " + key + " '" + text.get() + "'; expected one of "
                    + expected);
        }
        return value;
    }

    private Optional<KpiTarget> target(JsonNode node, String path, String kpiPath) {
        if (node == null) {
            fields.problems().add(kpiPath, "missing 'target' (year, optional value, and a source)");
            return Optional.empty();
        }
        if (!fields.isObject(node, path, "a target (a map with year, optional value, and a source)")) {
            return Optional.empty();
        }
        fields.onlyKeys(node, path, TARGET_KEYS);
        Optional<Integer> year = fields.year(node, "year", path, true);
        BigDecimal value = node.has("value") ? fields.number(node.get("value"), Paths.child(path, "value")).orElse(null)
                : null;
        String description = fields.text(node, "description", path, false).orElse("");
        Optional<Provenance> provenance = parameters.provenance(node, path);
        if (year.isEmpty() || provenance.isEmpty()) {
            return Optional.empty();
        }
        if (year.get() < years.first()) {
            fields.problems().add(Paths.child(path, "year"), "the target year " + year.get() + " lies before "
                    + "years.first (" + years.first() + "): expected a year the plan can reach");
            return Optional.empty();
        }
        return Optional.of(new KpiTarget(value, year.get(), description, provenance.get()));
    }

    /**
     * The band per year: keys are years or ranges of years ({@code 2025-2029}); min and max are numbers
     * or formulas, evaluated per year over the KPI's numbers and the shared parameters that have one
     * value (no band): a band is the plan's commitment, the same in every variant and draw.
     */
    private SortedMap<Integer, KpiBand> bands(JsonNode node, String path, Direction direction, int lastYear,
            Map<String, Parameter> numbers, Set<String> selections) {
        SortedMap<Integer, KpiBand> bands = new TreeMap<>();
        if (node == null) {
            return bands; // a KPI may have no band yet (the plan's "impact expected after 2027")
        }
        if (!fields.isObject(node, path, "a band per year (a map of year: {min, max, source})")) {
            return bands;
        }
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String at = Paths.child(path, entry.getKey());
            int[] range = years(entry.getKey(), at, lastYear);
            if (range == null) {
                continue;
            }
            JsonNode band = entry.getValue();
            if (!fields.isObject(band, at, "a band (a map with min, max and a source)")) {
                continue;
            }
            fields.onlyKeys(band, at, BAND_KEYS);
            fields.text(band, "note", at, false);
            Optional<Bound> min = bound(band, "min", at, numbers, selections);
            Optional<Bound> max = bound(band, "max", at, numbers, selections);
            Optional<Provenance> provenance = parameters.provenance(band, at);
            if (min.isEmpty() || max.isEmpty() || provenance.isEmpty()) {
                continue;
            }
            for (int year = range[0]; year <= range[1]; year++) {
                if (bands.containsKey(year)) {
                    fields.problems().add(at, "a second band for " + year + ": give each year one band");
                    break;
                }
                Optional<BigDecimal> lo = min.get().at(year, Paths.child(at, "min"));
                Optional<BigDecimal> hi = max.get().at(year, Paths.child(at, "max"));
                if (lo.isEmpty() || hi.isEmpty()) {
                    break;
                }
                if (direction != null && !KpiBand.ordered(lo.get(), hi.get(), direction)) {
                    fields.problems().add(Paths.child(at, "max"), (range[0] == range[1] ? "" : "in " + year + ": ")
                            + misordered(lo.get(), hi.get(), direction));
                    break;
                }
                bands.put(year, new KpiBand(year, lo.get(), hi.get(), provenance.get()));
            }
        }
        return bands;
    }

    /** The years of a band's key, a year or a range {@code 2025-2029}; null (and a problem) when it is neither. */
    private int[] years(String key, String at, int lastYear) {
        java.util.regex.Matcher m = BAND_YEARS.matcher(key);
        Integer from = m.matches() ? parseYear(m.group(1)) : null;
        Integer to = from == null ? null : m.group(2) == null ? from : parseYear(m.group(2));
        if (from == null || to == null || from < years.first() || to > lastYear || to < from) {
            fields.problems().add(at, "expected a year from " + years.first() + " to " + lastYear
                    + (lastYear == years.effectsUntil() ? " (years.first to years.effectsUntil; a KPI's own "
                            + "years: {last: ...} runs it further)" : " (years.first to the KPI's years.last)")
                    + ", got '" + key + "' (a range of years is written " + years.first() + "-" + lastYear + ")");
            return null;
        }
        return new int[] {from, to};
    }

    /** A band's min or max: a number, or a formula evaluated per year. */
    private interface Bound {
        Optional<BigDecimal> at(int year, String path);
    }

    private Optional<Bound> bound(JsonNode band, String key, String path, Map<String, Parameter> numbers,
            Set<String> selections) {
        JsonNode node = band.get(key);
        if (node == null) {
            fields.problems().add(path, "missing '" + key + "' (a number, or a formula over the KPI's numbers)");
            return Optional.empty();
        }
        String at = Paths.child(path, key);
        if (!node.isTextual() || NUMBER_TEXT.matcher(node.asText()).matches()) {
            return fields.number(node, at).map(value -> (year, p) -> Optional.of(value));
        }
        FormulaExpression formula;
        try {
            formula = FormulaExpression.parse(fields.formula(node.asText(), at));
        } catch (FormulaException e) {
            fields.problems().add(at, e.getMessage());
            return Optional.empty();
        }
        Map<String, Parameter> reads = new LinkedHashMap<>();
        for (String name : formula.names()) {
            Parameter p = numbers.containsKey(name) ? numbers.get(name) : shared.get(name);
            String problem = selections.contains(name)
                    ? "'" + name + "' adds up the plan's results; a band is the plan's commitment, not a result"
                    : p == null ? "unknown name '" + name + "': a band's formula reads the KPI's numbers and the shared "
                            + "parameters"
                    : p.isFormula() ? "'" + name + "' is a formula parameter; a band's formula reads numbers"
                    : p.banded() ? "'" + name + "' has a band (min/max); a band is one number per year, so its "
                            + "formula reads numbers with one value"
                    : null;
            if (problem != null) {
                fields.problems().add(at, problem);
                return Optional.empty();
            }
            reads.put(name, p);
        }
        return Optional.of((year, p) -> evaluate(formula, reads, year, p));
    }

    private Optional<BigDecimal> evaluate(FormulaExpression formula, Map<String, Parameter> reads, int year,
            String path) {
        for (Parameter p : reads.values()) {
            if (!p.values().expected().hasYear(year)) {
                fields.problems().add(path, "'" + p.name() + "' has no value for " + year
                        + ", which the band's formula needs");
                return Optional.empty();
            }
        }
        try {
            BigDecimal value = formula.evaluate(new YearContext() {
                @Override
                public int year() {
                    return year;
                }

                @Override
                public int firstYear() {
                    return years.first();
                }

                @Override
                public BigDecimal value(String name, int inYear) {
                    Parameter p = reads.get(name);
                    return p.values().expected().hasYear(inYear) ? p.values().expected().at(inYear) : BigDecimal.ZERO;
                }
            });
            String wrong = Limits.checkInput(value);
            if (wrong != null) {
                fields.problems().add(path, "in " + year + ": " + wrong);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (FormulaException e) {
            fields.problems().add(path, e.getMessage());
            return Optional.empty();
        }
    }

    private static String misordered(BigDecimal min, BigDecimal max, Direction direction) {
        String lo = min.toPlainString();
        String hi = max.toPlainString();
        return direction == Direction.HIGHER_IS_BETTER
                ? "max " + hi + " lies below min " + lo + ": for a higher-is-better KPI min is the minimal effect "
                        + "and max the maximal effect, so max must be at least min"
                : "max " + hi + " lies above min " + lo + ": for a lower-is-better KPI the maximal effect is the "
                        + "lower value, so max must be at most min";
    }

    private void readParameters(JsonNode node, String path, KpiCalculator calculator, Map<String, Parameter> numbers,
            Map<String, List<String>> texts) {
        Map<String, KpiParameterSpec> specs = new LinkedHashMap<>();
        calculator.parameters().forEach(s -> specs.put(s.name(), s));
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String key = entry.getKey();
            if (RESERVED.contains(key)) {
                continue;
            }
            String at = Paths.child(path, key);
            KpiParameterSpec spec = specs.get(key);
            if (spec == null) {
                fields.problems().add(at, "unknown parameter '" + key + "' for KPI calculator '" + calculator.id()
                        + "'; expected " + (specs.isEmpty() ? "none" : "one of " + String.join(", ", specs.keySet())));
                continue;
            }
            switch (spec.form()) {
                case NUMBER -> number(key, entry.getValue(), at, spec).ifPresent(p -> numbers.put(key, p));
                case TEXT -> fields.text(node, key, path, true).ifPresent(t -> texts.put(key, List.of(t)));
                case LIST -> list(entry.getValue(), at).ifPresent(l -> texts.put(key, l));
            }
        }
        for (KpiParameterSpec spec : specs.values()) {
            if (spec.required() && !node.has(spec.name())) {
                fields.problems().add(path, "missing parameter '" + spec.name() + "' (" + spec.expected()
                        + (spec.unit().isEmpty() ? "" : ", " + spec.unit()) + ": " + spec.description() + ")");
            }
        }
    }

    /** A number parameter: defined in place, or the name of a shared parameter, so one definition drives every use. */
    private Optional<Parameter> number(String name, JsonNode node, String path, KpiParameterSpec spec) {
        if (node != null && node.isTextual()) {
            return sharedNumber(node.asText(), path);
        }
        if (node != null && node.has("formula")) {
            fields.problems().add(Paths.child(path, "formula"), "a KPI parameter takes value, perYear or min/max, "
                    + "or the name of a shared parameter; not a formula");
            return Optional.empty();
        }
        return parameters.read(name, node, path, spec.kind(), spec.unit());
    }

    private Optional<List<String>> list(JsonNode node, String path) {
        if (node != null && node.isTextual()) {
            return Optional.of(List.of(node.asText()));
        }
        if (node == null || !node.isArray()) {
            fields.problems().add(path, "expected a list of texts, got " + Fields.describe(node));
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                fields.problems().add(Paths.index(path, i), "expected text, got " + Fields.describe(item));
                return Optional.empty();
            }
            values.add(item.asText());
        }
        return Optional.of(List.copyOf(values));
    }

    private static Set<String> withProvenance(String... keys) {
        Set<String> all = new HashSet<>(List.of(keys));
        for (Provenance.Kind kind : Provenance.Kind.inFiles()) {
            all.add(kind.key());
        }
        return Set.copyOf(all);
    }

    private static Integer parseYear(String key) {
        try {
            return Integer.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
