package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.impact.calc.copula.GaussianCopula;
import nl.impact.model.Correlation;
import nl.impact.model.Parameter;
import nl.impact.model.Paths;
import nl.impact.model.Provenance;

/**
 * Reads the top-level {@code correlations}: a list of {@code {between: [path, path], rank: r}} with
 * a provenance, each a rank correlation between two banded parameters named by their paths. Checks
 * that every path is a parameter with a band, that a pair is neither one parameter twice nor
 * declared twice, that each rank lies in [-1, 1], and that together they form a valid (positive
 * semidefinite) correlation matrix. See docs/uncertainty.md.
 */
final class CorrelationReader {

    static final String SECTION = "correlations";
    private static final Set<String> KEYS = Set.of("between", "rank", "description", "source", "assumption",
            "derived", "placeholder");

    private final Fields fields;
    private final ParameterReader parameters;

    CorrelationReader(Fields fields, ParameterReader parameters) {
        this.fields = fields;
        this.parameters = parameters;
    }

    List<Correlation> read(JsonNode node) {
        List<Correlation> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        if (!node.isArray()) {
            fields.problems().add(SECTION, "expected a list of correlations ({between: [path, path], rank: r, "
                    + "source: ...}), got " + Fields.describe(node));
            return list;
        }
        int before = fields.problems().list().size();
        Map<Set<String>, String> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = Paths.index(SECTION, i);
            read(node.get(i), path).ifPresent(c -> {
                String earlier = seen.putIfAbsent(Set.of(c.first(), c.second()), c.path());
                if (earlier != null) {
                    fields.problems().add(Paths.child(c.path(), "between"), "the pair " + c.first() + " and "
                            + c.second() + " is already correlated at " + earlier + "; give each pair once");
                } else {
                    list.add(c);
                }
            });
        }
        if (fields.problems().list().size() == before && !list.isEmpty()) {
            LinkedHashSet<String> paths = new LinkedHashSet<>();
            list.forEach(c -> {
                paths.add(c.first());
                paths.add(c.second());
            });
            GaussianCopula.NotPositiveSemidefinite[] problem = new GaussianCopula.NotPositiveSemidefinite[1];
            if (GaussianCopula.of(List.copyOf(paths), list, problem).isEmpty()) {
                fields.problems().add(SECTION, problem[0].message());
            }
        }
        return list;
    }

    private Optional<Correlation> read(JsonNode node, String path) {
        if (!fields.isObject(node, path, "a correlation: {between: [path, path], rank: r} with its source")) {
            return Optional.empty();
        }
        int before = fields.problems().list().size();
        fields.onlyKeys(node, path, KEYS);
        fields.text(node, "description", path, false);
        List<String> between = between(node.get("between"), Paths.child(path, "between"), path);
        BigDecimal rank = rank(node.get("rank"), Paths.child(path, "rank"), path);
        Optional<Provenance> provenance = parameters.provenance(node, path);
        if (fields.problems().list().size() > before || provenance.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Correlation(between.get(0), between.get(1), rank, provenance.get(), path));
    }

    private List<String> between(JsonNode node, String at, String path) {
        if (node == null) {
            fields.problems().add(path, "missing 'between': the paths of the two parameters, e.g. "
                    + "[kernaanpakken.k.effects[0].amounts.Wmo, kernaanpakken.k.effects[0].amounts.Zvw]");
            return List.of();
        }
        if (!node.isArray() || node.size() != 2) {
            fields.problems().add(at, "expected a list of two parameter paths, got " + Fields.describe(node));
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (int j = 0; j < 2; j++) {
            JsonNode item = node.get(j);
            String itemAt = Paths.index(at, j);
            if (!item.isTextual()) {
                fields.problems().add(itemAt, "expected the path of a parameter, got " + Fields.describe(item));
                continue;
            }
            String name = item.asText();
            Parameter parameter = parameters.everyParameter().get(name);
            if (parameter == null) {
                fields.problems().add(itemAt, "unknown parameter '" + name + "': expected the path of a parameter "
                        + "with a min/max band, as messages and sensitivity.csv show it, e.g. "
                        + "kernaanpakken.<id>.<name> or kernaanpakken.<id>.effects[0].amounts.<domain>");
            } else if (!parameter.banded()) {
                fields.problems().add(itemAt, "the parameter '" + name + "' has no band (min/max), so it is not "
                        + "drawn and cannot be correlated");
            } else {
                paths.add(name);
            }
        }
        if (paths.size() == 2 && paths.get(0).equals(paths.get(1))) {
            fields.problems().add(at, "a parameter cannot be correlated with itself ('" + paths.get(0)
                    + "'); name two different parameters");
        }
        return paths;
    }

    private BigDecimal rank(JsonNode node, String at, String path) {
        if (node == null) {
            fields.problems().add(path, "missing 'rank': the rank correlation, from -1 to 1");
            return null;
        }
        Optional<BigDecimal> value = fields.number(node, at);
        if (value.isPresent() && value.get().abs().compareTo(BigDecimal.ONE) > 0) {
            fields.problems().add(at, "expected a rank correlation from -1 to 1, got " + value.get().toPlainString());
            return null;
        }
        return value.orElse(null);
    }
}
