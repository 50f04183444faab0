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
import nl.impact.model.SourceMap;
import nl.impact.model.Variant;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;
import nl.impact.scenario.SourceDocument;

/**
 * Splits the change in net of every financier and the total over the groups of changed inputs, so the
 * parts add up to the change exactly, in cents.
 *
 * <p>With at most {@value #SHAPLEY_LIMIT} groups it computes Shapley values: each group's effect
 * averaged over every order in which the changes could be made, which needs the scenario computed
 * for every subset of the groups (2^n runs). Shapley values add up to the total by construction and
 * share an interaction between two inputs (a tariff times a volume) evenly between them. With more
 * groups that is too many runs; then each group's effect is taken one at a time from the old
 * scenario (n runs) and what remains is shown as a separate part, {@code interaction}.
 *
 * <p>A combination of old and new inputs can be invalid (a budget line naming a kernaanpak the old
 * scenario lacks). Then the groups are merged into their sections ({@code kernaanpakken.x},
 * {@code begroting.lines}, ...) and, if that fails too, into one part: {@code all changes}.
 * The exact parts are rounded to cents by the largest remainder, so they add up to the rounded change.
 */
final class Attributor {

    static final int SHAPLEY_LIMIT = 8;
    static final String INTERACTION = "interaction";
    static final String ALL = "all changes";

    record Result(List<Attribution> attributions, String method) {
    }

    private final SourceDocument before;
    private final SourceDocument after;
    private final List<InputChange> inputs;
    private final Outcome old;
    private final Outcome now;

    Attributor(SourceDocument before, SourceDocument after, List<InputChange> inputs, Outcome old, Outcome now) {
        this.before = before;
        this.after = after;
        this.inputs = inputs;
        this.old = old;
        this.now = now;
    }

    Result attribute(List<String> keys, List<FigureChange> figures) {
        List<String> groups = InputDiff.groups(inputs);
        for (List<List<String>> parts : List.of(single(groups), sections(groups))) {
            try {
                return attribute(parts, keys, figures);
            } catch (InvalidInputException e) {
                // A mix of old and new inputs that is not a valid scenario: try coarser parts.
            }
        }
        Map<Set<Integer>, Outcome> ends = Map.of(Set.of(), old, Set.of(0), now);
        return new Result(split(List.of(ALL), ends, List.of(), keys, figures), "single part (inputs not separable)");
    }

    private Result attribute(List<List<String>> parts, List<String> keys, List<FigureChange> figures)
            throws InvalidInputException {
        int n = parts.size();
        List<String> labels = parts.stream().map(p -> String.join(", ", p)).toList();
        Map<Set<Integer>, Outcome> values = new HashMap<>();
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
            return new Result(shapley(labels, values, keys, figures), n == 1 ? "single part"
                    : "Shapley values over " + n + " input groups");
        }
        for (int i = 0; i < n; i++) {
            values.put(Set.of(i), evaluate(parts, Set.of(i)));
        }
        return new Result(oneAtATime(labels, values, keys, figures),
                "one at a time over " + n + " input groups, with the interaction remainder");
    }

    private Outcome evaluate(List<List<String>> parts, Set<Integer> subset) throws InvalidInputException {
        List<String> groups = new ArrayList<>();
        subset.stream().sorted().forEach(i -> groups.addAll(parts.get(i)));
        JsonNode tree = InputDiff.combine(before.root(), after.root(), groups);
        SourceMap sources = new SourceMap();
        String name = before.file() + " with " + groups;
        return Outcome.of(Computation.of(new SourceDocument(before.file(), tree, sources, new Problems(name, sources), before.folders())));
    }

    private List<Attribution> shapley(List<String> labels, Map<Set<Integer>, Outcome> values, List<String> keys,
            List<FigureChange> figures) {
        int n = labels.size();
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
                out.add(new Attribution(v, dimension(key), key, change(figures, v, key), rounded(labels, exact,
                        change(figures, v, key))));
            }
        }
        return out;
    }

    private List<Attribution> oneAtATime(List<String> labels, Map<Set<Integer>, Outcome> values, List<String> keys,
            List<FigureChange> figures) {
        List<String> withRemainder = new ArrayList<>(labels);
        withRemainder.add(INTERACTION);
        return split(withRemainder, values, labels, keys, figures);
    }

    /**
     * Each of {@code singles} taken alone from the old scenario, and the last label gets the rest:
     * the interaction remainder, or with no singles the whole change.
     */
    private List<Attribution> split(List<String> labels, Map<Set<Integer>, Outcome> values, List<String> singles,
            List<String> keys, List<FigureChange> figures) {
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
                        rounded(labels, exact, change(figures, v, key))));
            }
        }
        return out;
    }

    /** Exact parts rounded to cents by the largest remainder, so they add up to {@code target}. */
    static List<Attribution.Part> rounded(List<String> labels, List<BigDecimal> exact, BigDecimal target) {
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
            out.add(new Attribution.Part(labels.get(i), parts[i]));
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

    private static List<List<String>> single(List<String> groups) {
        return groups.stream().map(List::of).toList();
    }

    /** The groups merged by their section: the first two steps of their path. */
    private static List<List<String>> sections(List<String> groups) {
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        for (String g : groups) {
            List<Object> steps = nl.impact.model.Paths.steps(g);
            String section = nl.impact.model.Paths.of(steps.subList(0, Math.min(2, steps.size())));
            bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(g);
        }
        return List.copyOf(bySection.values());
    }
}
