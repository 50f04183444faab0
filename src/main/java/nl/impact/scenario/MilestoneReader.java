package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.impact.model.Begroting;
import nl.impact.model.BudgetLine;
import nl.impact.model.HalfYear;
import nl.impact.model.Milestone;
import nl.impact.model.MilestonePlan;
import nl.impact.model.MilestoneTarget;
import nl.impact.model.Paths;
import nl.impact.model.Provenance;
import nl.impact.model.Tranche;
import nl.impact.model.VolumeRule;
import nl.impact.model.YearRange;

/**
 * Reads the {@code mijlpalen} section: the milestones (PPI's) per half year, each with its
 * kernaanpakken, its target and the tranche that depends on it, and the volumes a monitoring report
 * may realise. Whether the tranches fit in the begroting is checked once the begroting is computed
 * (the engine's {@code TrancheCheck}); the names of the volumes once the kernaanpakken are planned
 * ({@link #checkVolumeNames}).
 */
final class MilestoneReader {

    static final String SECTION = "mijlpalen";
    static final String VOLUMES = "volumes";
    static final Set<String> MILESTONE_KEYS = Set.of("description", "kernaanpakken", "target", "tranche", "note");
    static final Set<String> TARGET_KEYS = withProvenance("count", "unit", "done", "date");
    static final Set<String> TRANCHE_KEYS = withProvenance("amount", "financier", "line");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Fields fields;
    private final ParameterReader parameters;
    private final YearRange years;
    private final Set<String> kernaanpakken;
    private final Begroting begroting;

    /**
     * @param kernaanpakken the ids of the scenario's kernaanpakken as written
     * @param begroting the begroting as read, whose lines and financiers the tranches name
     */
    MilestoneReader(Fields fields, ParameterReader parameters, YearRange years, Set<String> kernaanpakken,
            Begroting begroting) {
        this.fields = fields;
        this.parameters = parameters;
        this.years = years;
        this.kernaanpakken = kernaanpakken;
        this.begroting = begroting;
    }

    MilestonePlan read(JsonNode node) {
        if (node == null || !fields.isObject(node, SECTION,
                "the mijlpalenplanning (a map of half year, such as 2025-H1, to its milestones)")) {
            return MilestonePlan.NONE;
        }
        List<Milestone> milestones = new ArrayList<>();
        Map<String, Map<String, VolumeRule>> volumes = new LinkedHashMap<>();
        Map<String, String> firstPath = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String path = Paths.child(SECTION, entry.getKey());
            if (entry.getKey().equals(VOLUMES)) {
                volumes = volumes(entry.getValue(), path);
                continue;
            }
            Optional<HalfYear> half = halfYear(entry.getKey(), path);
            if (half.isEmpty() || !fields.isObject(entry.getValue(), path, "the milestones of " + entry.getKey()
                    + " (a map of id: milestone)")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> m : Fields.entries(entry.getValue())) {
                String at = Paths.child(path, m.getKey());
                String first = firstPath.putIfAbsent(m.getKey(), at);
                if (first != null) {
                    fields.problems().add(at, "the milestone id '" + m.getKey() + "' is used before, at " + first
                            + "; realisations name a milestone by its id alone");
                    continue;
                }
                milestone(m.getKey(), m.getValue(), at, half.get()).ifPresent(milestones::add);
            }
        }
        return new MilestonePlan(milestones, volumes);
    }

    /** A half year of the plan: {@code 2025-H1} to the last plan year's {@code H2}. */
    private Optional<HalfYear> halfYear(String key, String path) {
        Optional<HalfYear> half = HalfYear.parse(key);
        if (half.isEmpty()) {
            fields.problems().add(path, "expected a half year such as " + years.first() + "-H1 (or '" + VOLUMES
                    + "'), got '" + key + "'");
            return Optional.empty();
        }
        if (!years.isPlanYear(half.get().year())) {
            fields.problems().add(path, "the half year " + key + " lies outside the plan years " + years.first() + "-"
                    + years.last() + ": milestones and their tranches fall within the plan");
            return Optional.empty();
        }
        return half;
    }

    private Optional<Milestone> milestone(String id, JsonNode node, String path, HalfYear half) {
        if (!fields.key(id, path) || !fields.isObject(node, path,
                "a milestone (a map with description, kernaanpakken, target and optionally tranche)")) {
            return Optional.empty();
        }
        int before = fields.problems().list().size();
        fields.onlyKeys(node, path, MILESTONE_KEYS);
        Optional<String> description = fields.text(node, "description", path, true);
        List<String> ids = kernaanpakList(fields, node, path, kernaanpakken, true);
        Optional<MilestoneTarget> target = target(node.get("target"), Paths.child(path, "target"), path, half);
        Tranche tranche = node.has("tranche") ? tranche(node.get("tranche"), Paths.child(path, "tranche")) : null;
        String note = fields.text(node, "note", path, false).orElse("");
        if (fields.problems().list().size() > before || description.isEmpty() || ids.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Milestone(id, path, half, description.get(), ids, target.get(), tranche, note));
    }

    /**
     * The list {@code kernaanpakken} of {@code node}: ids of the scenario's kernaanpakken, each once, and
     * with {@code programme} also {@code programma} for the programme as a whole. Empty after a problem.
     */
    static List<String> kernaanpakList(Fields fields, JsonNode node, String path, Set<String> known,
            boolean programme) {
        String at = Paths.child(path, "kernaanpakken");
        JsonNode list = node.get("kernaanpakken");
        String expected = "a list of kernaanpak ids (" + String.join(", ", known)
                + (programme ? ", or '" + BudgetLine.PROGRAMME + "' for the programme as a whole" : "") + ")";
        if (list == null) {
            fields.problems().add(path, "missing 'kernaanpakken' (" + expected + ")");
            return List.of();
        }
        if (!list.isArray() || list.isEmpty()) {
            fields.problems().add(at, "expected " + expected + ", got " + Fields.describe(list));
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String itemAt = Paths.index(at, i);
            String id = item.isTextual() ? item.asText() : null;
            if (id == null || !(known.contains(id) || programme && id.equals(BudgetLine.PROGRAMME))) {
                fields.problems().add(itemAt, (id == null ? "expected a kernaanpak id, got " + Fields.describe(item)
                        : "unknown kernaanpak '" + id + "'") + "; expected one of " + String.join(", ", known)
                        + (programme ? ", " + BudgetLine.PROGRAMME : ""));
                ok = false;
            } else if (ids.contains(id)) {
                fields.problems().add(itemAt, "'" + id + "' is named twice");
                ok = false;
            } else {
                ids.add(id);
            }
        }
        return ok ? ids : List.of();
    }

    private Optional<MilestoneTarget> target(JsonNode node, String path, String milestonePath, HalfYear half) {
        if (node == null) {
            fields.problems().add(milestonePath, "missing 'target' (count, done or date, and a source or assumption)");
            return Optional.empty();
        }
        if (!fields.isObject(node, path, "a target (a map with count, done or date, and a source or assumption)")) {
            return Optional.empty();
        }
        fields.onlyKeys(node, path, TARGET_KEYS);
        int kinds = (node.has("count") ? 1 : 0) + (node.has("done") ? 1 : 0) + (node.has("date") ? 1 : 0);
        Optional<Provenance> provenance = parameters.provenance(node, path);
        if (kinds != 1) {
            fields.problems().add(path, kinds == 0
                    ? "missing what to reach: 'count' (a number), 'done: true' or 'date' (YYYY-MM-DD)"
                    : "give one of 'count', 'done' and 'date'");
            return Optional.empty();
        }
        if (node.has("unit") && !node.has("count")) {
            fields.problems().add(Paths.child(path, "unit"), "'unit' goes with 'count'");
        }
        if (provenance.isEmpty()) {
            return Optional.empty();
        }
        if (node.has("count")) {
            Optional<BigDecimal> count = fields.number(node.get("count"), Paths.child(path, "count"));
            if (count.isPresent() && count.get().signum() <= 0) {
                fields.problems().add(Paths.child(path, "count"), "expected a count above zero, got "
                        + count.get().stripTrailingZeros().toPlainString());
                return Optional.empty();
            }
            String unit = fields.text(node, "unit", path, false).orElse("");
            return count.map(c -> MilestoneTarget.count(c, unit, provenance.get()));
        }
        if (node.has("done")) {
            JsonNode done = node.get("done");
            if (!done.isBoolean() || !done.booleanValue()) {
                fields.problems().add(Paths.child(path, "done"), "expected 'done: true' (the milestone is something "
                        + "done or not), got " + Fields.describe(done));
                return Optional.empty();
            }
            return Optional.of(MilestoneTarget.done(provenance.get()));
        }
        return date(node.get("date"), Paths.child(path, "date"), half).map(d -> MilestoneTarget.by(d, provenance.get()));
    }

    /** A date (YYYY-MM-DD) within the milestone's half year. */
    private Optional<LocalDate> date(JsonNode node, String path, HalfYear half) {
        String text = node.isTextual() ? node.asText().strip() : "";
        LocalDate date = null;
        if (DATE.matcher(text).matches()) {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                date = null;
            }
        }
        if (date == null) {
            fields.problems().add(path, "expected a date written YYYY-MM-DD, got " + Fields.describe(node));
            return Optional.empty();
        }
        if (date.isBefore(half.start()) || date.isAfter(half.end())) {
            fields.problems().add(path, "expected a date within " + half.key() + " (" + half.start() + " to "
                    + half.end() + "), got " + date);
            return Optional.empty();
        }
        return Optional.of(date);
    }

    private Tranche tranche(JsonNode node, String path) {
        if (!fields.isObject(node, path, "a tranche (a map with amount, financier, line, and a source or assumption)")) {
            return null;
        }
        fields.onlyKeys(node, path, TRANCHE_KEYS);
        Optional<BigDecimal> amount = node.has("amount") ? fields.number(node.get("amount"), Paths.child(path, "amount"))
                : Optional.empty();
        if (!node.has("amount")) {
            fields.problems().add(path, "missing 'amount' (euros paid when the milestone is reached)");
        } else if (amount.isPresent() && amount.get().signum() <= 0) {
            fields.problems().add(Paths.child(path, "amount"), "expected an amount above zero, got "
                    + amount.get().stripTrailingZeros().toPlainString());
            amount = Optional.empty();
        }
        Optional<String> lineId = fields.text(node, "line", path, true);
        Optional<BudgetLine> line = lineId.flatMap(id -> begroting.lines().stream().filter(l -> l.id().equals(id))
                .findFirst());
        if (lineId.isPresent() && line.isEmpty()) {
            fields.problems().add(Paths.child(path, "line"), "unknown budget line '" + lineId.get() + "'; expected one of "
                    + String.join(", ", begroting.lines().stream().map(BudgetLine::id).toList()));
        }
        Optional<String> financier = fields.text(node, "financier", path, true);
        if (financier.isPresent() && line.isPresent() && !line.get().shares().containsKey(financier.get())) {
            fields.problems().add(Paths.child(path, "financier"), "'" + financier.get() + "' pays no part of the line '"
                    + line.get().id() + "'; expected one of " + String.join(", ", line.get().shares().keySet()));
            financier = Optional.empty();
        }
        Optional<Provenance> provenance = parameters.provenance(node, path);
        if (amount.isEmpty() || line.isEmpty() || financier.isEmpty() || provenance.isEmpty()) {
            return null;
        }
        return new Tranche(amount.get(), financier.get(), line.get().id(), path, provenance.get());
    }

    /** Per kernaanpak, the names whose realised values a monitoring report gives, and how their half years add up. */
    private Map<String, Map<String, VolumeRule>> volumes(JsonNode node, String path) {
        Map<String, Map<String, VolumeRule>> volumes = new LinkedHashMap<>();
        if (!fields.isObject(node, path, "a map of kernaanpak: {name: sum or average}")) {
            return volumes;
        }
        for (Map.Entry<String, JsonNode> k : Fields.entries(node)) {
            String at = Paths.child(path, k.getKey());
            if (!kernaanpakken.contains(k.getKey())) {
                fields.problems().add(at, "unknown kernaanpak '" + k.getKey() + "'; expected one of "
                        + String.join(", ", kernaanpakken));
                continue;
            }
            if (!fields.isObject(k.getValue(), at, "a map of name: sum or average")) {
                continue;
            }
            Map<String, VolumeRule> names = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> n : Fields.entries(k.getValue())) {
                String nameAt = Paths.child(at, n.getKey());
                if (!fields.identifier(n.getKey(), nameAt)) {
                    continue;
                }
                Optional<VolumeRule> rule = n.getValue().isTextual() ? VolumeRule.fromKey(n.getValue().asText())
                        : Optional.empty();
                if (rule.isEmpty()) {
                    fields.problems().add(nameAt, "expected 'sum' (what starts in each half year adds up: households, "
                            + "clients) or 'average' (a level: fte, teams, wijken), got " + Fields.describe(n.getValue()));
                    continue;
                }
                names.put(n.getKey(), rule.get());
            }
            volumes.put(k.getKey(), names);
        }
        return volumes;
    }

    /** Reports every volume that its kernaanpak does not compute or give. */
    static void checkVolumeNames(MilestonePlan plan, Map<String, Set<String>> namesByKernaanpak, Problems problems) {
        plan.volumes().forEach((kernaanpak, names) -> names.keySet().forEach(name -> {
            Set<String> known = namesByKernaanpak.getOrDefault(kernaanpak, Set.of());
            if (!known.contains(name)) {
                problems.add(Paths.child(Paths.child(Paths.child(SECTION, VOLUMES), kernaanpak), name), "unknown name '"
                        + name + "' in kernaanpak '" + kernaanpak + "'; expected one of "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }));
    }

    private static Set<String> withProvenance(String... keys) {
        Set<String> all = new HashSet<>(List.of(keys));
        for (Provenance.Kind kind : Provenance.Kind.inFiles()) {
            all.add(kind.key());
        }
        return Set.copyOf(all);
    }
}
