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
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.calc.kpi.KpiParameterSpec;
import nl.impact.model.Accumulation;
import nl.impact.model.Direction;
import nl.impact.model.Kpi;
import nl.impact.model.KpiBand;
import nl.impact.model.KpiTarget;
import nl.impact.model.Limits;
import nl.impact.model.Parameter;
import nl.impact.model.Paths;
import nl.impact.model.Provenance;
import nl.impact.model.YearRange;

/**
 * Reads one KPI: what it measures, its direction and accumulation, its target, its band per year
 * and its calculator's parameters (keys beside the reserved ones, as for a kernaanpak).
 */
final class KpiReader {

    static final Set<String> RESERVED = Set.of("name", "deelopgave", "description", "unit", "accumulation",
            "direction", "target", "band", "calculator", "note", "years");
    private static final Set<String> YEARS_KEYS = Set.of("last");
    private static final Set<String> TARGET_KEYS = withProvenance("value", "year", "description");
    private static final Set<String> BAND_KEYS = withProvenance("min", "max", "note");

    private final Fields fields;
    private final ParameterReader parameters;
    private final KpiCalculatorRegistry calculators;
    private final YearRange years;
    private final Map<String, Parameter> shared;

    KpiReader(Fields fields, ParameterReader parameters, KpiCalculatorRegistry calculators, YearRange years,
            Map<String, Parameter> shared) {
        this.fields = fields;
        this.parameters = parameters;
        this.calculators = calculators;
        this.years = years;
        this.shared = shared;
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
        SortedMap<Integer, KpiBand> bands = bands(node.get("band"), Paths.child(path, "band"), direction.orElse(null),
                lastYear);
        Optional<String> calculatorId = fields.text(node, "calculator", path, true);
        Optional<KpiCalculator> calculator = calculatorId.flatMap(calculators::find);
        if (calculatorId.isPresent() && calculator.isEmpty()) {
            fields.problems().add(Paths.child(path, "calculator"), "unknown KPI calculator '" + calculatorId.get()
                    + "'; known: " + String.join(", ", calculators.all().stream().map(KpiCalculator::id).toList()));
        }
        Map<String, Parameter> numbers = new LinkedHashMap<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        calculator.ifPresent(c -> readParameters(node, path, c, numbers, texts));
        if (fields.problems().list().size() > before || accumulation.isEmpty() || direction.isEmpty()
                || target.isEmpty() || calculator.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Kpi(id, name, deelopgave, description, unit, accumulation.get(), direction.get(),
                target.get(), bands, calculatorId.get(), numbers, texts, path, lastYear));
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

    private SortedMap<Integer, KpiBand> bands(JsonNode node, String path, Direction direction, int lastYear) {
        SortedMap<Integer, KpiBand> bands = new TreeMap<>();
        if (node == null) {
            return bands; // a KPI may have no band yet (the plan's "impact expected after 2027")
        }
        if (!fields.isObject(node, path, "a band per year (a map of year: {min, max, source})")) {
            return bands;
        }
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String at = Paths.child(path, entry.getKey());
            Integer year = parseYear(entry.getKey());
            if (year == null || year < years.first() || year > lastYear) {
                fields.problems().add(at, "expected a year from " + years.first() + " to " + lastYear
                        + (lastYear == years.effectsUntil() ? " (years.first to years.effectsUntil; a KPI's own "
                                + "years: {last: ...} runs it further)" : " (years.first to the KPI's years.last)")
                        + ", got '" + entry.getKey() + "'");
                continue;
            }
            JsonNode band = entry.getValue();
            if (!fields.isObject(band, at, "a band (a map with min, max and a source)")) {
                continue;
            }
            fields.onlyKeys(band, at, BAND_KEYS);
            fields.text(band, "note", at, false);
            Optional<BigDecimal> min = required(band, "min", at);
            Optional<BigDecimal> max = required(band, "max", at);
            Optional<Provenance> provenance = parameters.provenance(band, at);
            if (min.isEmpty() || max.isEmpty() || provenance.isEmpty()) {
                continue;
            }
            if (direction != null && !KpiBand.ordered(min.get(), max.get(), direction)) {
                fields.problems().add(Paths.child(at, "max"), misordered(min.get(), max.get(), direction));
                continue;
            }
            bands.put(year, new KpiBand(year, min.get(), max.get(), provenance.get()));
        }
        return bands;
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

    private Optional<BigDecimal> required(JsonNode node, String key, String path) {
        if (!node.has(key)) {
            fields.problems().add(path, "missing '" + key + "' (a number)");
            return Optional.empty();
        }
        return fields.number(node.get(key), Paths.child(path, key));
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
            Parameter p = shared.get(node.asText());
            if (p == null) {
                fields.problems().add(path, "unknown shared parameter '" + node.asText() + "'; the scenario's "
                        + "parameters are " + String.join(", ", shared.keySet()));
                return Optional.empty();
            }
            if (p.isFormula()) {
                fields.problems().add(path, "'" + node.asText() + "' is a formula; a KPI parameter needs a value");
                return Optional.empty();
            }
            return Optional.of(p);
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
