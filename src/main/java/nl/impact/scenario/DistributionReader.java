package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.impact.model.Distribution;
import nl.impact.model.Limits;
import nl.impact.model.Paths;

/**
 * Reads a banded parameter's {@code distribution}: a type name ({@code distribution: triangular})
 * or a map with {@code type}, the type's shape parameters and {@code truncate}. See docs/uncertainty.md.
 */
final class DistributionReader {

    static final String KEY = "distribution";

    private final Fields fields;

    DistributionReader(Fields fields) {
        this.fields = fields;
    }

    Optional<Distribution> read(JsonNode node, String path) {
        if (node.isTextual()) {
            return type(node.asText(), path).map(t -> new Distribution(t, Map.of(), true))
                    .flatMap(d -> complete(d, path));
        }
        if (!fields.isObject(node, path, "a distribution: a type (" + types() + ") or a map with 'type'")) {
            return Optional.empty();
        }
        Optional<Distribution.Type> type = fields.text(node, "type", path, true)
                .flatMap(t -> type(t, Paths.child(path, "type")));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Set<String> allowed = new HashSet<>(type.get().parameters());
        allowed.add("type");
        if (type.get().truncatable()) {
            allowed.add("truncate");
        }
        fields.onlyKeys(node, path, allowed);
        Map<String, BigDecimal> parameters = new LinkedHashMap<>();
        for (String name : type.get().parameters()) {
            String at = Paths.child(path, name);
            if (!node.has(name)) {
                fields.problems().add(path, "a " + type.get().key() + " distribution needs '" + name
                        + "' (a number greater than zero)");
                continue;
            }
            fields.number(node.get(name), at).ifPresent(v -> {
                if (v.signum() <= 0) {
                    fields.problems().add(at, "expected a number greater than zero, got " + v.toPlainString());
                } else if (Distribution.Type.isShape(name)
                        && (v.compareTo(Limits.MIN_SHAPE) < 0 || v.compareTo(Limits.MAX_SHAPE) > 0)) {
                    fields.problems().add(at, "expected a shape from " + Limits.MIN_SHAPE.toPlainString() + " to "
                            + Limits.MAX_SHAPE.toPlainString() + " (the limit on shapes), got "
                            + v.toPlainString());
                } else {
                    parameters.put(name, v);
                }
            });
        }
        boolean truncate = true;
        if (node.has("truncate")) {
            JsonNode flag = node.get("truncate");
            if (flag.isBoolean()) {
                truncate = flag.booleanValue();
            } else {
                fields.problems().add(Paths.child(path, "truncate"), "expected true or false, got " + Fields.describe(flag));
            }
        }
        if (parameters.size() != type.get().parameters().size()) {
            return Optional.empty();
        }
        return Optional.of(new Distribution(type.get(), parameters, truncate));
    }

    private Optional<Distribution> complete(Distribution distribution, String path) {
        if (!distribution.type().parameters().isEmpty()) {
            fields.problems().add(path, "a " + distribution.type().key() + " distribution needs "
                    + String.join(" and ", distribution.type().parameters()) + ": give a map with 'type' and "
                    + String.join(", ", distribution.type().parameters()));
            return Optional.empty();
        }
        return Optional.of(distribution);
    }

    private Optional<Distribution.Type> type(String text, String path) {
        for (Distribution.Type t : Distribution.Type.values()) {
            if (t.key().equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        fields.problems().add(path, "unknown distribution '" + text + "'; expected one of " + types());
        return Optional.empty();
    }

    private static String types() {
        return String.join(", ", Arrays.stream(Distribution.Type.values()).map(Distribution.Type::key).toList());
    }
}
