package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Kernaanpak;
import nl.impact.model.KpiSelection;
import nl.impact.model.Parameter;
import nl.impact.model.ParameterKind;
import nl.impact.model.Paths;
import nl.impact.model.Settlement;

/**
 * Reads the {@code settlements} section (verrekeningen): per settlement who pays ({@code from}), who
 * receives ({@code to}) and how much: a cost as a budget line gives one (through the begroting's
 * reader, so amounts, quantities, tariffs and formulas read alike), or a share of effects. Each
 * problem is located: an unknown financier, a financier paying itself, both kinds of amount, and two
 * settlements taking a share of the same effect between the same financiers.
 */
final class SettlementReader {

    static final Set<String> KEYS = Set.of("name", "from", "to", "kernaanpak", "amount", "quantity", "tariff",
            "parameters", "share", "of", "note");
    private static final Set<String> OF_KEYS = Set.of("effects", "domains");

    private final Fields fields;
    private final ParameterReader parameters;
    private final BegrotingReader costs;
    private final Set<String> financiers;
    private final Map<String, Kernaanpak> kernaanpakken = new HashMap<>();
    private final Set<String> domains;

    /**
     * @param costs reads a cost as it reads a budget line's
     * @param financiers everyone who pays or gains: the domains' financiers and the begroting's
     */
    SettlementReader(Fields fields, ParameterReader parameters, BegrotingReader costs, Set<String> financiers,
            List<Kernaanpak> kernaanpakken, Set<String> domains) {
        this.fields = fields;
        this.parameters = parameters;
        this.costs = costs;
        this.financiers = financiers;
        kernaanpakken.forEach(k -> this.kernaanpakken.put(k.id(), k));
        this.domains = domains;
    }

    List<Settlement> read(JsonNode node) {
        List<Settlement> out = new ArrayList<>();
        if (node == null || !fields.isObject(node, Settlement.SECTION,
                "a map of id: settlement (from, to, and an amount or a share of effects)")) {
            return out;
        }
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            settlement(entry.getKey(), entry.getValue(), Paths.child(Settlement.SECTION, entry.getKey()))
                    .ifPresent(out::add);
        }
        checkOverlap(out);
        return out;
    }

    private Optional<Settlement> settlement(String id, JsonNode node, String path) {
        if (!fields.key(id, path) || !fields.isObject(node, path,
                "a settlement (a map with from, to, and amount, quantity and tariff, or share and of)")) {
            return Optional.empty();
        }
        int before = fields.problems().list().size();
        fields.onlyKeys(node, path, KEYS);
        String name = fields.text(node, "name", path, false).orElse(id);
        Optional<String> from = financier(node, "from", path);
        Optional<String> to = financier(node, "to", path);
        if (from.isPresent() && to.isPresent() && from.get().equals(to.get())) {
            fields.problems().add(Paths.child(path, "to"), "'" + to.get() + "' would pay itself: a settlement moves "
                    + "money between two different financiers");
        }
        String note = fields.text(node, "note", path, false).orElse("");
        boolean share = node.has("share") || node.has("of");
        boolean cost = node.has("amount") || node.has("quantity") || node.has("tariff");
        if (share == cost) {
            fields.problems().add(path, share
                    ? "give either a cost (amount, or quantity and tariff) or a share of effects (share and of), not both"
                    : "missing the amount: give 'amount' (euros per plan year), 'quantity' and 'tariff', or 'share' "
                            + "and 'of' (a share of effects)");
            return Optional.empty();
        }
        Settlement settlement;
        if (share) {
            Optional<Parameter> fraction = fraction(node, path);
            Optional<KpiSelection> of = of(node.get("of"), Paths.child(path, "of"));
            if (node.has("kernaanpak") || node.has("parameters")) {
                fields.problems().add(path, "'kernaanpak' and 'parameters' go with a cost; a share of effects names "
                        + "its effects under 'of'");
            }
            if (fields.problems().list().size() > before || fraction.isEmpty() || of.isEmpty()) {
                return Optional.empty();
            }
            settlement = new Settlement(id, name, path, from.get(), to.get(), BudgetLine.PROGRAMME, null, Map.of(),
                    fraction.get(), of.get(), note);
        } else {
            String kernaanpak = node.has("kernaanpak") ? costs.kernaanpak(node, path).orElse(null) : BudgetLine.PROGRAMME;
            Optional<BudgetCost> amount = costs.cost(node, path, kernaanpak);
            Map<String, Parameter> own = costs.lineParameters(node.get("parameters"), Paths.child(path, "parameters"));
            if (fields.problems().list().size() > before || kernaanpak == null || amount.isEmpty()) {
                return Optional.empty();
            }
            settlement = new Settlement(id, name, path, from.get(), to.get(), kernaanpak, amount.get(), own, null,
                    null, note);
        }
        return from.isEmpty() || to.isEmpty() ? Optional.empty() : Optional.of(settlement);
    }

    private Optional<String> financier(JsonNode node, String key, String path) {
        Optional<String> name = fields.text(node, key, path, true);
        if (name.isPresent() && !financiers.contains(name.get())) {
            fields.problems().add(Paths.child(path, key), "unknown financier '" + name.get() + "'; expected one of "
                    + String.join(", ", financiers));
            return Optional.empty();
        }
        return name;
    }

    /** The share: a fraction, as a number (a value, per year or a band), not a formula. */
    private Optional<Parameter> fraction(JsonNode node, String path) {
        if (!node.has("share")) {
            fields.problems().add(path, "missing 'share' (the fraction of the effects under 'of' that is settled)");
            return Optional.empty();
        }
        Optional<Parameter> share = parameters.read("share", node.get("share"), Paths.child(path, "share"),
                ParameterKind.FRACTION, "fractie");
        if (share.isPresent() && share.get().isFormula()) {
            fields.problems().add(share.get().path(), "a share cannot be a formula: give value, perYear or min/max");
            return Optional.empty();
        }
        return share;
    }

    /** {@code {effects: [kernaanpak/effect, ...], domains: [...]}}: the euros a share is taken of. */
    private Optional<KpiSelection> of(JsonNode node, String path) {
        if (node == null) {
            fields.problems().add(Paths.parent(path), "missing 'of' (the effects the share is taken of: "
                    + "{effects: [kernaanpak/*], domains: [...]})");
            return Optional.empty();
        }
        if (!fields.isObject(node, path, "the effects a share is taken of ({effects: [...], domains: [...]})")) {
            return Optional.empty();
        }
        fields.onlyKeys(node, path, OF_KEYS);
        Optional<List<String>> items = texts(node.get("effects"), Paths.child(path, "effects"), true);
        Optional<List<String>> chosen = texts(node.get("domains"), Paths.child(path, "domains"), false);
        if (items.isEmpty() || chosen.isEmpty()) {
            return Optional.empty();
        }
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            ok &= effect(items.get().get(i), Paths.index(Paths.child(path, "effects"), i));
        }
        for (int i = 0; i < chosen.get().size(); i++) {
            String domain = chosen.get().get(i);
            if (!domains.contains(domain)) {
                fields.problems().add(Paths.index(Paths.child(path, "domains"), i), nl.impact.model.Domain.unknown(
                        domain, domains));
                ok = false;
            }
        }
        return ok ? Optional.of(new KpiSelection(KpiSelection.Kind.EFFECTS, items.get(), chosen.get(), null, path))
                : Optional.empty();
    }

    /** {@code kernaanpak/effect}, either part {@code *}: a kernaanpak and an effect of it that exist. */
    private boolean effect(String item, String path) {
        int slash = item.indexOf('/');
        if (slash < 0) {
            fields.problems().add(path, "expected kernaanpak/effect (either may be *), got '" + item + "'");
            return false;
        }
        String kernaanpak = item.substring(0, slash);
        String effect = item.substring(slash + 1);
        if (kernaanpak.equals("*")) {
            return true;
        }
        Kernaanpak k = kernaanpakken.get(kernaanpak);
        if (k == null) {
            fields.problems().add(path, "unknown kernaanpak '" + kernaanpak + "'; expected one of "
                    + String.join(", ", kernaanpakken.keySet().stream().sorted().toList()));
            return false;
        }
        if (!effect.equals("*") && k.effects().stream().noneMatch(e -> e.name().equals(effect))) {
            fields.problems().add(path, "kernaanpak '" + kernaanpak + "' has no effect '" + effect + "'");
            return false;
        }
        return true;
    }

    /** A list of texts: required ones must have an item; an absent optional one is empty. */
    private Optional<List<String>> texts(JsonNode node, String path, boolean required) {
        if (node == null) {
            if (required) {
                fields.problems().add(Paths.parent(path), "missing '" + path.substring(path.lastIndexOf('.') + 1)
                        + "' (a list)");
                return Optional.empty();
            }
            return Optional.of(List.of());
        }
        if (node.isTextual() && !node.asText().isBlank()) {
            return Optional.of(List.of(node.asText()));
        }
        if (!node.isArray() || (required && node.isEmpty())) {
            fields.problems().add(path, "expected a text or a list" + (required ? " of at least one kernaanpak/effect" : "")
                    + ", got " + Fields.describe(node));
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                fields.problems().add(Paths.index(path, i), "expected a text, got " + Fields.describe(item));
                return Optional.empty();
            }
            out.add(item.asText());
        }
        return Optional.of(out);
    }

    /**
     * Two settlements between the same two financiers that take a share of the same effect in the
     * same domain would settle it twice: refused at the second, naming the first.
     */
    private void checkOverlap(List<Settlement> settlements) {
        Map<String, Settlement> seen = new HashMap<>();
        for (Settlement s : settlements) {
            if (!s.isShare()) {
                continue;
            }
            Set<String> pair = new java.util.TreeSet<>(List.of(s.from(), s.to()));
            for (String key : keys(s)) {
                Settlement first = seen.putIfAbsent(pair + " " + key, s);
                if (first != null && first != s) {
                    fields.problems().add(Paths.child(s.path(), "of"), "settles " + key.replace(" ", " in ")
                            + " between " + s.from() + " and " + s.to() + " again (also in " + first.path()
                            + "); give each effect one settlement");
                    break;
                }
            }
        }
    }

    /** Every kernaanpak/effect and domain a share settlement takes: {@code kernaanpak/effect domain}. */
    private Set<String> keys(Settlement s) {
        Set<String> keys = new LinkedHashSet<>();
        for (Kernaanpak k : kernaanpakken.values().stream().sorted(java.util.Comparator.comparing(Kernaanpak::id))
                .toList()) {
            for (var effect : k.effects()) {
                if (!effect.isEuro() || !s.of().takes(k.id(), effect.name())) {
                    continue;
                }
                for (String domain : effect.amounts().keySet()) {
                    if (s.of().takesDomain(domain)) {
                        keys.add(k.id() + "/" + effect.name() + " " + domain);
                    }
                }
            }
        }
        return keys;
    }

}
