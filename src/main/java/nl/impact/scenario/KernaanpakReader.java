package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.KernaanpakCalculator;
import nl.impact.calc.ParameterSpec;
import nl.impact.model.Domain;
import nl.impact.model.Effect;
import nl.impact.model.EffectUnit;
import nl.impact.model.Formula;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Limits;
import nl.impact.model.Parameter;
import nl.impact.model.ParameterKind;
import nl.impact.model.Paths;
import nl.impact.model.Provenance;
import nl.impact.model.Timing;

/**
 * Reads one kernaanpak: its calculator, the calculator's parameters (keys beside the reserved
 * ones), its own formulas and its effects.
 */
final class KernaanpakReader {

    static final Set<String> RESERVED = Set.of("name", "description", "calculator", "formulas", "effects",
            AreaReader.SECTION);
    private static final Set<String> FORMULA_KEYS = Set.of("formula", "unit", "description");
    private static final Set<String> EFFECT_KEYS = Set.of("name", "per", "amounts", "correction", "timing", "note",
            "unit");
    private static final Set<String> TIMING_KEYS = Set.of("offset", "years");

    private final Fields fields;
    private final ParameterReader parameters;
    private final CalculatorRegistry calculators;
    private final Map<String, Domain> domains;

    KernaanpakReader(Fields fields, ParameterReader parameters, CalculatorRegistry calculators,
            Map<String, Domain> domains) {
        this.fields = fields;
        this.parameters = parameters;
        this.calculators = calculators;
        this.domains = domains;
    }

    Optional<Kernaanpak> read(String id, JsonNode node, String path) {
        if (!fields.key(id, path) || !fields.isObject(node, path, "a kernaanpak (a map with calculator and parameters)")) {
            return Optional.empty();
        }
        String name = fields.text(node, "name", path, false).orElse(id);
        String description = fields.text(node, "description", path, false).orElse("");
        Optional<String> calculatorId = fields.text(node, "calculator", path, true);
        Optional<KernaanpakCalculator> calculator = calculatorId.flatMap(calculators::find);
        if (calculatorId.isPresent() && calculator.isEmpty()) {
            fields.problems().add(Paths.child(path, "calculator"), "unknown calculator '" + calculatorId.get()
                    + "'; known: " + String.join(", ", calculators.all().stream().map(KernaanpakCalculator::id).toList()));
        }
        Map<String, Parameter> params = readParameters(node, path, calculator.orElse(null));
        List<Formula> formulas = readFormulas(node.get("formulas"), Paths.child(path, "formulas"));
        List<Effect> effects = readEffects(node.get("effects"), Paths.child(path, "effects"));
        if (calculator.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Kernaanpak(id, name, description, calculatorId.get(), path, params, formulas, effects));
    }

    /**
     * Effects in hours, FTE or persons are computed for the whole region only: the area engine and
     * its compiled plan add up euros per area, so a scenario with an area table refuses them here.
     */
    static void refuseCapacityPerArea(List<Kernaanpak> kernaanpakken, Problems problems) {
        for (Kernaanpak k : kernaanpakken) {
            for (Effect effect : k.effects()) {
                if (!effect.isEuro()) {
                    problems.add(Paths.child(effect.path(), "unit"), "an effect in " + effect.unit().key()
                            + " cannot be computed per area (yet): leave the area table out, or give this effect "
                            + "in a scenario without areas");
                }
            }
        }
    }

    private Map<String, Parameter> readParameters(JsonNode node, String path, KernaanpakCalculator calculator) {
        Map<String, Parameter> params = new LinkedHashMap<>();
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        if (calculator != null) {
            calculator.parameters().forEach(spec -> specs.put(spec.name(), spec));
        }
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String key = entry.getKey();
            if (RESERVED.contains(key)) {
                continue;
            }
            String at = Paths.child(path, key);
            ParameterSpec spec = specs.get(key);
            if (spec == null && calculator != null && !calculator.acceptsAnyParameter()) {
                fields.problems().add(at, "unknown parameter '" + key + "' for calculator '" + calculator.id()
                        + "'; expected one of " + String.join(", ", specs.keySet()));
                continue;
            }
            if (calculator == null || !fields.identifier(key, at)) {
                continue;
            }
            ParameterKind kind = spec == null ? null : spec.kind();
            String unit = spec == null ? null : spec.unit();
            parameters.read(key, entry.getValue(), at, kind, unit).ifPresent(p -> params.put(key, p));
        }
        for (ParameterSpec spec : specs.values()) {
            if (!node.has(spec.name())) {
                fields.problems().add(path, "missing parameter '" + spec.name() + "' (" + spec.kind().expected()
                        + ", " + spec.unit() + ": " + spec.description() + ")");
            }
        }
        return params;
    }

    private List<Formula> readFormulas(JsonNode node, String path) {
        List<Formula> formulas = new ArrayList<>();
        if (node == null) {
            return formulas;
        }
        if (!fields.isObject(node, path, "a map of name: formula")) {
            return formulas;
        }
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String name = entry.getKey();
            String at = Paths.child(path, name);
            if (!fields.identifier(name, at)) {
                continue;
            }
            JsonNode value = entry.getValue();
            if (value.isTextual()) {
                formulas.add(new Formula(name, at, fields.formula(value.asText(), at), "", ""));
            } else if (fields.isObject(value, at, "a formula (text) or a map with formula, unit and description")) {
                fields.onlyKeys(value, at, FORMULA_KEYS);
                fields.text(value, "formula", at, true).ifPresent(f -> formulas.add(new Formula(name, at,
                        fields.formula(f, Paths.child(at, "formula")),
                        fields.text(value, "unit", at, false).orElse(""),
                        fields.text(value, "description", at, false).orElse(""))));
            }
        }
        return formulas;
    }

    private List<Effect> readEffects(JsonNode node, String path) {
        List<Effect> effects = new ArrayList<>();
        if (node == null) {
            return effects;
        }
        if (!node.isArray()) {
            fields.problems().add(path, "expected a list of effects, got " + Fields.describe(node));
            return effects;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String at = Paths.index(path, i);
            JsonNode effect = node.get(i);
            if (!fields.isObject(effect, at, "an effect (a map with name, per, amounts, timing)")) {
                continue;
            }
            fields.onlyKeys(effect, at, EFFECT_KEYS);
            Optional<String> name = fields.text(effect, "name", at, true);
            // Without 'per' the effect is a lump sum: its amounts are euros per plan year.
            Optional<String> per = fields.text(effect, "per", at, false);
            Optional<EffectUnit> unit = unit(effect, at);
            Map<String, Parameter> amounts = readAmounts(effect.get("amounts"), Paths.child(at, "amounts"), at,
                    unit.orElse(EffectUnit.EURO));
            Parameter correction = effect.has("correction")
                    ? reference(effect.get("correction"), Paths.child(at, "correction"), "correction",
                            ParameterKind.FRACTION, "fractie").orElse(null)
                    : null;
            Optional<Timing> timing = timing(effect.get("timing"), Paths.child(at, "timing"), at);
            String note = fields.text(effect, "note", at, false).orElse("");
            if (name.isPresent()) {
                String first = names.putIfAbsent(name.get(), at);
                if (first != null) {
                    fields.problems().add(Paths.child(at, "name"), "the effect name '" + name.get()
                            + "' is used twice (first at " + first + ")");
                }
            }
            if (name.isPresent() && timing.isPresent() && !amounts.isEmpty() && unit.isPresent()) {
                effects.add(new Effect(name.get(), at, per.orElse(null), amounts, correction, timing.get(), note,
                        unit.get()));
            }
        }
        return effects;
    }

    /** The effect's unit: euros unless it says hours, FTE or persons; empty (and a problem) when unknown. */
    private Optional<EffectUnit> unit(JsonNode effect, String path) {
        if (!effect.has("unit")) {
            return Optional.of(EffectUnit.EURO);
        }
        Optional<String> key = fields.text(effect, "unit", path, true);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<EffectUnit> unit = EffectUnit.fromKey(key.get());
        if (unit.isEmpty()) {
            fields.problems().add(Paths.child(path, "unit"), "unknown unit '" + key.get() + "'; expected one of "
                    + EffectUnit.keys() + " (euro is the default: leave 'unit' out for euros)");
        }
        return unit;
    }

    private Map<String, Parameter> readAmounts(JsonNode node, String path, String effectPath, EffectUnit unit) {
        Map<String, Parameter> amounts = new LinkedHashMap<>();
        if (node == null) {
            fields.problems().add(effectPath, "missing 'amounts' (" + (unit.isEuro() ? "euros" : unit.key())
                    + " per unit, per domain)");
            return amounts;
        }
        if (!fields.isObject(node, path, "a map of domain: amount per unit")) {
            return amounts;
        }
        if (node.isEmpty()) {
            fields.problems().add(path, "expected at least one domain with an amount");
        }
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String domain = entry.getKey();
            String at = Paths.child(path, domain);
            if (!domains.containsKey(domain)) {
                fields.problems().add(at, Domain.unknown(domain, domains.keySet()));
                continue;
            }
            // Hours, FTE or persons may be negative like euros: extra work is a cost in capacity.
            reference(entry.getValue(), at, domain, unit.isEuro() ? ParameterKind.AMOUNT : ParameterKind.NUMBER,
                    unit.isEuro() ? "euro" : unit.key()).ifPresent(p -> amounts.put(domain, p));
        }
        return amounts;
    }

    /**
     * An effect's amount or correction: an inline parameter, or the name of one (as text), which is
     * kept as a one-name formula so it is resolved like every other reference.
     */
    private Optional<Parameter> reference(JsonNode node, String path, String name, ParameterKind kind, String unit) {
        if (node != null && node.isTextual()) {
            return Optional.of(new Parameter(name, path, "", kind, "", null, node.asText(), false,
                    new Provenance(Provenance.Kind.DERIVED,
                            "de parameter '" + node.asText() + "'")));
        }
        return parameters.read(name, node, path, kind, unit);
    }

    private Optional<Timing> timing(JsonNode node, String path, String effectPath) {
        if (node == null) {
            fields.problems().add(effectPath, "missing 'timing': direct, next-year, or {offset, years}");
            return Optional.empty();
        }
        if (node.isTextual()) {
            return switch (node.asText()) {
                case "direct" -> Optional.of(Timing.DIRECT);
                case "next-year" -> Optional.of(Timing.NEXT_YEAR);
                default -> {
                    fields.problems().add(path, "unknown timing '" + node.asText()
                            + "'; expected direct, next-year, or {offset, years}");
                    yield Optional.empty();
                }
            };
        }
        if (!fields.isObject(node, path, "a timing: direct, next-year, or {offset, years}")) {
            return Optional.empty();
        }
        fields.onlyKeys(node, path, TIMING_KEYS);
        Optional<Integer> offset = fields.integer(node, "offset", path, true);
        Optional<Integer> years = fields.integer(node, "years", path, false);
        if (offset.isEmpty()) {
            return Optional.empty();
        }
        int y = years.orElse(1);
        if (offset.get() < 0 || y < 1) {
            fields.problems().add(path, "expected offset 0 or more and years 1 or more");
            return Optional.empty();
        }
        if (offset.get() > Limits.MAX_TIMING_YEARS || y > Limits.MAX_TIMING_YEARS) {
            fields.problems().add(path, "expected offset and years of at most " + Limits.MAX_TIMING_YEARS
                    + " (the limit on timing), got offset " + offset.get() + " and years " + y);
            return Optional.empty();
        }
        return Optional.of(new Timing(offset.get(), y));
    }
}
