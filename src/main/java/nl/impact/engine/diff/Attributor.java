package nl.impact.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.impact.engine.Computation;
import nl.impact.engine.InputOverrides;
import nl.impact.engine.Recomputation;
import nl.impact.engine.RunResult;
import nl.impact.model.SourceMap;
import nl.impact.model.Variant;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;
import nl.impact.scenario.SourceDocument;

/**
 * Splits the change in net of every financier and the total over the changed inputs ({@link Unit}s),
 * so the parts add up to the change exactly, in cents.
 *
 * <p>With at most {@value #SHAPLEY_LIMIT} units it computes Shapley values: each unit's effect
 * averaged over every order in which the changes could be made, which needs the net for every
 * subset of the units (2^n combinations). Shapley values add up to the total by construction and
 * share an interaction between two inputs (a tariff times a volume) evenly between them. With more
 * units that is too many; then each unit's effect is taken one at a time from the old scenario (n
 * combinations) and what remains is shown as a separate part, {@code interaction}.
 *
 * <p>A combination is not a run of the whole scenario: the old plan is evaluated with the units'
 * inputs at their new values, recomputing only the flows they reach ({@link Recomputation}), so a
 * diff of n changed inputs costs about what they reach, not n runs. Only a unit the register cannot
 * express (a formula, a kernaanpak added, a timing) reads the scenario again, with that part of the
 * new file; its combinations then start from that reading.
 *
 * <p>A combination of old and new inputs can be invalid (a budget line naming a kernaanpak the old
 * scenario lacks, a formula that fails with the mix). Then the units are merged into their sections
 * ({@code kernaanpakken.x}, {@code begroting.lines}, {@code areas.CODE}, ...) and, if that fails too,
 * into one part: {@code all changes}. The exact parts are rounded to cents by the largest remainder,
 * so they add up to the rounded change.
 */
final class Attributor {

    static final int SHAPLEY_LIMIT = 8;
    static final String INTERACTION = "interaction";
    static final String ALL = "all changes";
    static final String INTERACTION_LABEL = "samenspel van de wijzigingen";
    static final String ALL_LABEL = "alle wijzigingen samen";

    record Result(List<Attribution> attributions, String method) {
    }

    /** The exact net of one combination of old and new inputs, per variant and financier or total. */
    interface Nets {
        BigDecimal net(Variant variant, String key);
    }

    private final SourceDocument before;
    private final SourceDocument after;
    private final List<Unit> units;
    private final RunResult oldRun;
    private final Nets old;
    private final Nets now;
    /** The old scenario read with some groups of the new file, by those groups, ready to recompute. */
    private final Map<List<String>, Recomputation> bases = new HashMap<>();

    Attributor(SourceDocument before, SourceDocument after, List<Unit> units, RunResult oldRun, Outcome old,
            Outcome now) {
        this.before = before;
        this.after = after;
        this.units = units;
        this.oldRun = oldRun;
        this.old = old::net;
        this.now = now::net;
    }

    Result attribute(List<String> keys, List<FigureChange> figures) {
        for (List<Unit> parts : List.of(units, sections(units))) {
            try {
                return attribute(parts, keys, figures);
            } catch (InvalidInputException e) {
                // A mix of old and new inputs that is not a valid scenario: try coarser parts.
            }
        }
        Map<Set<Integer>, Nets> ends = Map.of(Set.of(), old, Set.of(0), now);
        return new Result(split(List.of(ALL), List.of(ALL_LABEL), ends, List.of(), keys, figures),
                "single part (inputs not separable)");
    }

    private Result attribute(List<Unit> parts, List<String> keys, List<FigureChange> figures)
            throws InvalidInputException {
        int n = parts.size();
        List<String> groups = parts.stream().map(Unit::group).toList();
        List<String> labels = parts.stream().map(Unit::label).toList();
        Map<Set<Integer>, Nets> values = new HashMap<>();
        Set<Integer> all = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        values.put(Set.of(), old);
        values.put(Set.copyOf(all), now);
        if (n <= SHAPLEY_LIMIT) {
            for (int mask = 1; mask < (1 << n) - 1; mask++) {
                Set<Integer> subset = subset(mask, n);
                values.put(subset, evaluate(parts, subset));
            }
            return new Result(shapley(groups, labels, values, keys, figures), n == 1 ? "single part"
                    : "Shapley values over " + n + " input groups");
        }
        for (int i = 0; i < n; i++) {
            values.put(Set.of(i), evaluate(parts, Set.of(i)));
        }
        return new Result(oneAtATime(groups, labels, values, keys, figures),
                "one at a time over " + n + " input groups, with the interaction remainder");
    }

    /** The net with the units of {@code subset} applied to the old scenario. */
    private Nets evaluate(List<Unit> parts, Set<Integer> subset) throws InvalidInputException {
        List<String> tree = new ArrayList<>();
        InputOverrides overrides = InputOverrides.NONE;
        for (int i : new java.util.TreeSet<>(subset)) {
            tree.addAll(parts.get(i).treeGroups());
            overrides = overrides.plus(parts.get(i).overrides());
        }
        Map<Variant, Map<String, BigDecimal>> nets = base(tree).net(overrides);
        return (v, key) -> nets.get(v).getOrDefault(key, BigDecimal.ZERO);
    }

    /** The old scenario, or the old scenario with {@code groups} taken from the new file, computed once. */
    private Recomputation base(List<String> groups) throws InvalidInputException {
        Recomputation known = bases.get(groups);
        if (known != null) {
            return known;
        }
        RunResult run = oldRun;
        if (!groups.isEmpty()) {
            JsonNode tree = InputDiff.combine(before.root(), after.root(), groups);
            SourceMap sources = new SourceMap();
            String name = before.file() + " with " + groups;
            run = Computation.of(new SourceDocument(before.file(), tree, sources, new Problems(name, sources),
                    before.folders()));
        }
        Recomputation made = new Recomputation(run);
        bases.put(List.copyOf(groups), made);
        return made;
    }

    private List<Attribution> shapley(List<String> groups, List<String> labels, Map<Set<Integer>, Nets> values,
            List<String> keys, List<FigureChange> figures) {
        int n = groups.size();
        BigDecimal[] factorial = new BigDecimal[n + 1];
        factorial[0] = BigDecimal.ONE;
        for (int i = 1; i <= n; i++) {
            factorial[i] = factorial[i - 1].multiply(BigDecimal.valueOf(i));
        }
        List<Attribution> out = new ArrayList<>();
        for (Variant v : Variant.values()) {
            for (String key : keys) {
                List<BigDecimal> exact = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int mask = 0; mask < (1 << n); mask++) {
                        if ((mask & (1 << i)) != 0) {
                            continue;
                        }
                        Set<Integer> s = subset(mask, n);
                        Set<Integer> with = subset(mask | (1 << i), n);
                        BigDecimal weight = factorial[s.size()].multiply(factorial[n - s.size() - 1]);
                        sum = sum.add(weight.multiply(values.get(with).net(v, key).subtract(values.get(s).net(v, key))));
                    }
                    exact.add(sum.divide(factorial[n], MathContext.DECIMAL128));
                }
                out.add(new Attribution(v, dimension(key), key, change(figures, v, key), rounded(groups, labels,
                        exact, change(figures, v, key))));
            }
        }
        return out;
    }

    private List<Attribution> oneAtATime(List<String> groups, List<String> labels, Map<Set<Integer>, Nets> values,
            List<String> keys, List<FigureChange> figures) {
        List<String> withRemainder = new ArrayList<>(groups);
        withRemainder.add(INTERACTION);
        List<String> labelled = new ArrayList<>(labels);
        labelled.add(INTERACTION_LABEL);
        return split(withRemainder, labelled, values, groups, keys, figures);
    }

    /**
     * Each of {@code singles} taken alone from the old scenario, and the last label gets the rest:
     * the interaction remainder, or with no singles the whole change.
     */
    private List<Attribution> split(List<String> groups, List<String> labels, Map<Set<Integer>, Nets> values,
            List<String> singles, List<String> keys, List<FigureChange> figures) {
        List<Attribution> out = new ArrayList<>();
        Set<Integer> everything = values.keySet().stream().max(Comparator.comparingInt(Set::size)).orElseThrow();
        for (Variant v : Variant.values()) {
            for (String key : keys) {
                BigDecimal base = old.net(v, key);
                BigDecimal total = values.get(everything).net(v, key).subtract(base);
                List<BigDecimal> exact = new ArrayList<>();
                BigDecimal rest = total;
                for (int i = 0; i < singles.size(); i++) {
                    BigDecimal alone = values.get(Set.of(i)).net(v, key).subtract(base);
                    exact.add(alone);
                    rest = rest.subtract(alone);
                }
                exact.add(rest);
                out.add(new Attribution(v, dimension(key), key, change(figures, v, key),
                        rounded(groups, labels, exact, change(figures, v, key))));
            }
        }
        return out;
    }

    /** Exact parts rounded to cents by the largest remainder, so they add up to {@code target}. */
    static List<Attribution.Part> rounded(List<String> groups, List<BigDecimal> exact, BigDecimal target) {
        return rounded(groups, groups, exact, target);
    }

    /** The same, each part with its group's label. */
    static List<Attribution.Part> rounded(List<String> groups, List<String> labels, List<BigDecimal> exact,
            BigDecimal target) {
        int n = exact.size();
        BigDecimal[] parts = new BigDecimal[n];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            parts[i] = exact.get(i).setScale(2, RoundingMode.FLOOR);
            sum = sum.add(parts[i]);
        }
        BigDecimal cent = new BigDecimal("0.01");
        int missing = target.subtract(sum).divide(cent, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        // Largest remainder first; ties in the groups' order, so a rerun gives the same parts.
        order.sort(Comparator.comparing((Integer i) -> exact.get(i).subtract(parts[i])).reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < Math.abs(missing); k++) {
            int i = missing > 0 ? order.get(k % n) : order.get(n - 1 - (k % n));
            parts[i] = missing > 0 ? parts[i].add(cent) : parts[i].subtract(cent);
        }
        List<Attribution.Part> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Attribution.Part(groups.get(i), parts[i], labels.get(i)));
        }
        return out;
    }

    private static BigDecimal change(List<FigureChange> figures, Variant v, String key) {
        return figures.stream().filter(f -> f.variant() == v && f.key().equals(key) && f.measure() == Measure.NET)
                .findFirst()
                .map(f -> (f.after() == null ? BigDecimal.ZERO.setScale(2) : f.after())
                        .subtract(f.before() == null ? BigDecimal.ZERO.setScale(2) : f.before()))
                .orElseThrow();
    }

    private static String dimension(String key) {
        return key.equals(Outcome.TOTAL) ? "total" : "financier";
    }

    private static Set<Integer> subset(int mask, int n) {
        Set<Integer> s = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            if ((mask & (1 << i)) != 0) {
                s.add(i);
            }
        }
        return Set.copyOf(s);
    }

    /** The units merged by their section: the first two steps of their path. */
    private static List<Unit> sections(List<Unit> units) {
        Map<String, List<Unit>> bySection = new LinkedHashMap<>();
        for (Unit u : units) {
            List<Object> steps = nl.impact.model.Paths.steps(u.group());
            String section = steps == null ? u.group()
                    : nl.impact.model.Paths.of(steps.subList(0, Math.min(2, steps.size())));
            bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(u);
        }
        return bySection.values().stream().map(Unit::merged).toList();
    }
}
