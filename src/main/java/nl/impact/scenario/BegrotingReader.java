package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.impact.model.Band;
import nl.impact.model.Begroting;
import nl.impact.model.BudgetCategory;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Parameter;
import nl.impact.model.ParameterKind;
import nl.impact.model.Paths;
import nl.impact.model.Provenance;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearValues;

/**
 * Reads the {@code begroting} section: the financiers it declares and its lines. Every number goes
 * through {@link ParameterReader}, so bands, values per year and provenance work as everywhere else.
 * Names a line takes from its kernaanpak are checked later, by {@link #checkNames}, once the
 * kernaanpakken's calculation plans are known.
 */
final class BegrotingReader {

    static final String SECTION = "begroting";
    static final Set<String> KEYS = Set.of("financiers", "lines");
    static final Set<String> LINE_KEYS = Set.of("post", "kernaanpak", "category", "financier", "financiers",
            "amount", "quantity", "tariff", "note", "parameters");

    private final Fields fields;
    private final ParameterReader parameters;
    private final YearRange years;
    private final List<String> domainFinanciers;
    private final Set<String> kernaanpakken;

    /**
     * @param domainFinanciers the financiers of the scenario's domains
     * @param kernaanpakken the ids of the scenario's kernaanpakken as written, including any that
     *     could not be read, so a line is not blamed for a problem of its kernaanpak
     */
    BegrotingReader(Fields fields, ParameterReader parameters, YearRange years, List<String> domainFinanciers,
            Set<String> kernaanpakken) {
        this.fields = fields;
        this.parameters = parameters;
        this.years = years;
        this.domainFinanciers = domainFinanciers;
        this.kernaanpakken = kernaanpakken;
    }

    Begroting read(JsonNode node) {
        if (node == null) {
            return Begroting.NONE;
        }
        if (!fields.isObject(node, SECTION, "a begroting (a map with lines and optionally financiers)")) {
            return Begroting.NONE;
        }
        fields.onlyKeys(node, SECTION, KEYS);
        if (kernaanpakken.contains(BudgetLine.PROGRAMME)) {
            fields.problems().add(Paths.child("kernaanpakken", BudgetLine.PROGRAMME), "'" + BudgetLine.PROGRAMME
                    + "' is reserved for programme-wide budget lines: give the kernaanpak another id");
        }
        List<String> declared = declaredFinanciers(node.get("financiers"), Paths.child(SECTION, "financiers"));
        Set<String> financiers = new LinkedHashSet<>(domainFinanciers);
        financiers.addAll(declared);
        List<BudgetLine> lines = new ArrayList<>();
        JsonNode linesNode = node.get("lines");
        String linesPath = Paths.child(SECTION, "lines");
        if (linesNode == null) {
            fields.problems().add(SECTION, "missing 'lines' (a map of id: budget line)");
        } else if (fields.isObject(linesNode, linesPath, "a map of id: budget line")) {
            for (Map.Entry<String, JsonNode> entry : Fields.entries(linesNode)) {
                line(entry.getKey(), entry.getValue(), Paths.child(linesPath, entry.getKey()), financiers)
                        .ifPresent(lines::add);
            }
        }
        return new Begroting(declared, lines);
    }

    /** Reports every named quantity that its kernaanpak does not define. */
    static void checkNames(List<BudgetLine> lines, Map<String, Set<String>> namesByKernaanpak, Problems problems) {
        for (BudgetLine line : lines) {
            if (line.cost() instanceof BudgetCost.PerUnit perUnit
                    && perUnit.quantity() instanceof BudgetCost.NamedQuantity named) {
                Set<String> names = namesByKernaanpak.getOrDefault(line.kernaanpak(), Set.of());
                if (!names.contains(named.name())) {
                    problems.add(named.path(), "unknown name '" + named.name() + "' in kernaanpak '"
                            + line.kernaanpak() + "'; expected one of " + String.join(", ", names.stream().sorted().toList()));
                }
            }
        }
    }

    private List<String> declaredFinanciers(JsonNode node, String path) {
        List<String> declared = new ArrayList<>();
        if (node == null) {
            return declared;
        }
        if (!node.isArray()) {
            fields.problems().add(path, "expected a list of financiers besides the domains' ("
                    + String.join(", ", domainFinanciers) + "), got " + Fields.describe(node));
            return declared;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = Paths.index(path, i);
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                fields.problems().add(at, "expected the name of a financier, got " + Fields.describe(item));
            } else if (domainFinanciers.contains(item.asText())) {
                fields.problems().add(at, "'" + item.asText() + "' is already a financier of the domains; "
                        + "declare only financiers without a domain");
            } else if (declared.contains(item.asText())) {
                fields.problems().add(at, "'" + item.asText() + "' is declared twice");
            } else {
                declared.add(item.asText());
            }
        }
        return declared;
    }

    private Optional<BudgetLine> line(String id, JsonNode node, String path, Set<String> financiers) {
        if (!fields.key(id, path) || !fields.isObject(node, path,
                "a budget line (a map with post, kernaanpak, category, financier(s) and amount or quantity and tariff)")) {
            return Optional.empty();
        }
        if (BudgetLine.TOTAL.equals(id)) {
            fields.problems().add(path, "'" + BudgetLine.TOTAL + "' is reserved for the total rows of budget.csv: "
                    + "give the line another id");
            return Optional.empty();
        }
        int before = fields.problems().list().size();
        fields.onlyKeys(node, path, LINE_KEYS);
        Optional<String> post = fields.text(node, "post", path, true);
        Optional<String> kernaanpak = kernaanpak(node, path);
        Optional<BudgetCategory> category = category(node, path);
        Map<String, Parameter> shares = shares(node, path, financiers);
        Optional<BudgetCost> cost = cost(node, path, kernaanpak.orElse(null));
        String note = fields.text(node, "note", path, false).orElse("");
        Map<String, Parameter> own = lineParameters(node.get("parameters"), Paths.child(path, "parameters"));
        if (fields.problems().list().size() > before || post.isEmpty() || kernaanpak.isEmpty()
                || category.isEmpty() || cost.isEmpty() || shares.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BudgetLine(id, path, post.get(), kernaanpak.get(), category.get(), cost.get(),
                shares, note, own));
    }

    /**
     * The line's own inputs, which its formula figures use: parameters like every other, named as
     * formulas name them. Their names are checked against the kernaanpak's once its plan is known.
     */
    Map<String, Parameter> lineParameters(JsonNode node, String path) {
        Map<String, Parameter> own = new LinkedHashMap<>();
        if (node == null || !fields.isObject(node, path, "a map of name: parameter")) {
            return own;
        }
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String at = Paths.child(path, entry.getKey());
            if (fields.identifier(entry.getKey(), at)) {
                parameters.read(entry.getKey(), entry.getValue(), at, null, null).ifPresent(p -> own.put(p.name(), p));
            }
        }
        return own;
    }

    Optional<String> kernaanpak(JsonNode node, String path) {
        Optional<String> id = fields.text(node, "kernaanpak", path, true);
        if (id.isEmpty() || id.get().equals(BudgetLine.PROGRAMME) || kernaanpakken.contains(id.get())) {
            return id;
        }
        fields.problems().add(Paths.child(path, "kernaanpak"), "unknown kernaanpak '" + id.get() + "'; expected one of "
                + String.join(", ", kernaanpakken) + ", or '" + BudgetLine.PROGRAMME + "' for a programme-wide line");
        return Optional.empty();
    }

    private Optional<BudgetCategory> category(JsonNode node, String path) {
        Optional<String> key = fields.text(node, "category", path, true);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<BudgetCategory> category = BudgetCategory.fromKey(key.get());
        if (category.isEmpty()) {
            fields.problems().add(Paths.child(path, "category"), "unknown category '" + key.get() + "'; expected one of "
                    + String.join(", ", BudgetCategory.keys()));
        }
        return category;
    }

    /** Who pays the line: one financier (all of it), or a share per financier that adds up to 1. */
    private Map<String, Parameter> shares(JsonNode node, String path, Set<String> financiers) {
        Map<String, Parameter> shares = new LinkedHashMap<>();
        boolean one = node.has("financier");
        boolean many = node.has("financiers");
        if (one == many) {
            fields.problems().add(path, one
                    ? "give either 'financier' (pays all) or 'financiers' (a share each), not both"
                    : "missing 'financier' (who pays all of it) or 'financiers' (financier: share, adding up to 1)");
            return shares;
        }
        if (one) {
            Optional<String> financier = fields.text(node, "financier", path, true);
            if (financier.isPresent() && known(financier.get(), Paths.child(path, "financier"), financiers)) {
                String at = Paths.child(path, "financier");
                shares.put(financier.get(), new Parameter(financier.get(), at, "fractie", ParameterKind.FRACTION, "",
                        Band.of(YearValues.constant(BigDecimal.ONE)), null, false,
                        new Provenance(Provenance.Kind.DERIVED, "the line's only financier pays all of it")));
            }
            return shares;
        }
        String sharesPath = Paths.child(path, "financiers");
        JsonNode map = node.get("financiers");
        if (!fields.isObject(map, sharesPath, "a map of financier: share (a fraction; the shares add up to 1)")) {
            return shares;
        }
        if (map.isEmpty()) {
            fields.problems().add(sharesPath, "expected at least one financier with a share");
            return shares;
        }
        boolean complete = true;
        for (Map.Entry<String, JsonNode> entry : Fields.entries(map)) {
            String at = Paths.child(sharesPath, entry.getKey());
            if (!known(entry.getKey(), at, financiers)) {
                complete = false;
                continue;
            }
            Optional<Parameter> share = plain(parameters.read(entry.getKey(), entry.getValue(), at,
                    ParameterKind.FRACTION, "fractie"));
            share.ifPresent(s -> shares.put(entry.getKey(), s));
            complete &= share.isPresent();
        }
        if (complete) {
            checkSharesAddUp(shares.values(), sharesPath);
        }
        return shares;
    }

    private boolean known(String financier, String path, Set<String> financiers) {
        if (financiers.contains(financier)) {
            return true;
        }
        fields.problems().add(path, "unknown financier '" + financier + "'; expected one of "
                + String.join(", ", financiers) + " (declare others in begroting.financiers)");
        return false;
    }

    /** Exactly 1 in every variant and plan year: a line's cost is paid in full, no more and no less. */
    private void checkSharesAddUp(Collection<Parameter> shares, String path) {
        for (Variant variant : Variant.values()) {
            for (int year = years.first(); year <= years.last(); year++) {
                int y = year;
                BigDecimal sum = shares.stream().map(s -> s.values().get(variant).at(y))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(BigDecimal.ONE) != 0) {
                    boolean varies = shares.stream().anyMatch(s -> s.banded() || !s.values().expected().isConstant());
                    fields.problems().add(path, "the shares add up to " + sum.stripTrailingZeros().toPlainString()
                            + (varies ? " in " + year + " (" + variant.key() + ")" : "") + "; expected 1");
                    return;
                }
            }
        }
    }

    Optional<BudgetCost> cost(JsonNode node, String path, String kernaanpak) {
        boolean amount = node.has("amount");
        boolean quantity = node.has("quantity");
        boolean tariff = node.has("tariff");
        if (amount && (quantity || tariff)) {
            fields.problems().add(path, "give either 'amount' or 'quantity' and 'tariff', not both");
            return Optional.empty();
        }
        if (amount) {
            return parameters.read("amount", node.get("amount"), Paths.child(path, "amount"),
                    ParameterKind.COST, "euro").map(BudgetCost.Amount::new);
        }
        if (!quantity && !tariff) {
            fields.problems().add(path, "missing the cost: give 'amount' (euros per year), or 'quantity' and 'tariff'");
            return Optional.empty();
        }
        if (!quantity || !tariff) {
            fields.problems().add(path, quantity
                    ? "missing 'tariff' (euros per unit of the quantity)"
                    : "missing 'quantity' (the units the tariff is per: a parameter, or a name of the kernaanpak)");
        }
        Optional<BudgetCost.Quantity> units = quantity ? quantity(node.get("quantity"),
                Paths.child(path, "quantity"), kernaanpak) : Optional.empty();
        Optional<Parameter> perUnit = tariff ? parameters.read("tariff", node.get("tariff"),
                Paths.child(path, "tariff"), ParameterKind.COST, "euro per eenheid") : Optional.empty();
        if (units.isEmpty() || perUnit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BudgetCost.PerUnit(units.get(), perUnit.get()));
    }

    private Optional<BudgetCost.Quantity> quantity(JsonNode node, String path, String kernaanpak) {
        if (node.isTextual()) {
            if (BudgetLine.PROGRAMME.equals(kernaanpak)) {
                fields.problems().add(path, "a programme-wide line has no kernaanpak to take '" + node.asText()
                        + "' from: give the quantity as a parameter");
                return Optional.empty();
            }
            if (!fields.identifier(node.asText(), path)) {
                return Optional.empty();
            }
            return Optional.of(new BudgetCost.NamedQuantity(node.asText(), path));
        }
        return parameters.read("quantity", node, path, ParameterKind.COUNT, "").map(BudgetCost.GivenQuantity::new);
    }

    /**
     * A share is a number, not a formula: the shares must be seen to add up to 1 before anything is
     * computed. (The amount, quantity and tariff may be formulas.)
     */
    private Optional<Parameter> plain(Optional<Parameter> parameter) {
        if (parameter.isPresent() && parameter.get().isFormula()) {
            fields.problems().add(parameter.get().path(), "a share cannot be a formula: give value, perYear "
                    + "or min/max");
            return Optional.empty();
        }
        return parameter;
    }
}
