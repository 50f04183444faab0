package nl.impact.engine.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.model.Scenario;

/**
 * What a simulation summarises: for every level, benefits, investments and net per effect year and
 * over all years, cumulative net per year, and NPV. Each is a weighted sum of flows per year. Only
 * the part that varies between draws needs a distribution: series whose varying parts are the same
 * (net where nothing is invested is the benefits minus a constant) share one {@link Group} and
 * differ by a constant offset, so each distinct distribution is summarised once.
 */
final class SeriesSet {

    /** The measures of simulation.csv. */
    enum Measure {
        BENEFITS, INVESTMENTS, NET, CUMULATIVE_NET, NPV;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One reported series: its group's values plus {@code offset}; {@code yearIndex} -1 is all years. */
    record Series(Levels.Level level, Measure measure, int yearIndex, int group, double offset) {
    }

    /**
     * A distinct varying part, computed as the weighted sum of one level's benefits and investments
     * per effect year (constant parts included; each series adds its own constant offset).
     */
    record Group(int level, double[] benefitWeights, double[] investmentWeights, boolean constant) {

        /** The group's value per draw, from every level's benefits and investments per year and draw. */
        void values(double[][][] benefits, double[][][] investments, double[] into, int n) {
            boolean first = true;
            for (int y = 0; y < benefitWeights.length; y++) {
                first = add(benefits[level][y], benefitWeights[y], into, n, first);
                first = add(investments[level][y], investmentWeights[y], into, n, first);
            }
            if (first) {
                java.util.Arrays.fill(into, 0, n, 0);
            }
        }

        /** Adds a weighted column; the first one is written onto zero (0 + x, as adding to a cleared column). */
        private static boolean add(double[] column, double weight, double[] into, int n, boolean first) {
            if (weight == 0) {
                return first;
            }
            if (first) {
                if (weight == 1) {
                    for (int d = 0; d < n; d++) {
                        into[d] = 0.0 + column[d];
                    }
                } else if (weight == -1) {
                    for (int d = 0; d < n; d++) {
                        into[d] = 0.0 - column[d];
                    }
                } else {
                    for (int d = 0; d < n; d++) {
                        into[d] = 0.0 + weight * column[d];
                    }
                }
            } else if (weight == 1) {
                for (int d = 0; d < n; d++) {
                    into[d] += column[d];
                }
            } else if (weight == -1) {
                for (int d = 0; d < n; d++) {
                    into[d] -= column[d];
                }
            } else {
                for (int d = 0; d < n; d++) {
                    into[d] += weight * column[d];
                }
            }
            return false;
        }
    }

    private final List<Series> series = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<int[]> byGroup = new ArrayList<>();

    SeriesSet(Levels levels, Scenario scenario) {
        CompiledScenario plan = levels.plan();
        int years = plan.effectYears();
        double[] discount = new double[years];
        double growth = 1 + scenario.discountRate().doubleValue();
        for (int y = 0; y < years; y++) {
            discount[y] = 1 / Math.pow(growth, y);
        }
        Map<List<Object>, Integer> known = new HashMap<>();
        List<Definition> definitions = new ArrayList<>();
        for (Levels.Level level : levels.levels()) {
            for (Measure measure : Measure.values()) {
                if (measure != Measure.NPV) {
                    for (int year = 0; year < years; year++) {
                        definitions.add(new Definition(level, measure, year));
                    }
                }
                if (measure != Measure.CUMULATIVE_NET) {
                    definitions.add(new Definition(level, measure, -1));
                }
            }
        }
        // The constant offsets: each series minus its group, from one draw at the expected values.
        Evaluator one = plan.evaluator(1);
        one.evaluate(plan.variant(nl.impact.model.Variant.EXPECTED), 1);
        double[][][] benefits = new double[levels.levels().size()][years][1];
        double[][][] investments = new double[levels.levels().size()][years][1];
        for (Levels.Level level : levels.levels()) {
            levels.collect(one, level, benefits[level.index()], investments[level.index()], 1);
        }
        for (Definition def : definitions) {
            TreeMap<Long, Double> varying = new TreeMap<>();
            def.weights(levels, years, discount).forEach((key, w) -> {
                if (plan.varies(plan.flows().get((int) (key / years)), (int) (key % years))) {
                    varying.put(key, w);
                }
            });
            List<Object> signature = List.of(varying.keySet().stream().toList(), varying.values().stream().toList());
            Group own = def.group(years, discount, varying.isEmpty());
            Integer group = known.get(signature);
            if (group == null) {
                group = groups.size();
                known.put(signature, group);
                groups.add(own);
            }
            double[] value = new double[1];
            own.values(benefits, investments, value, 1);
            double[] part = new double[1];
            groups.get(group).values(benefits, investments, part, 1);
            series.add(new Series(def.level(), def.measure(), def.yearIndex(), group,
                    groups.get(group).constant() ? value[0] : value[0] - part[0]));
        }
        for (int g = 0; g < groups.size(); g++) {
            int index = g;
            byGroup.add(java.util.stream.IntStream.range(0, series.size()).filter(i -> series.get(i).group() == index)
                    .toArray());
        }
    }

    /** The indices of the series of group {@code g}. */
    int[] seriesOf(int g) {
        return byGroup.get(g);
    }

    List<Series> series() {
        return series;
    }

    List<Group> groups() {
        return groups;
    }

    private record Definition(Levels.Level level, Measure measure, int yearIndex) {

        /** This series as weights on its level's benefits and investments per year. */
        Group group(int years, double[] discount, boolean constant) {
            double[] b = new double[years];
            double[] i = new double[years];
            for (int y = 0; y < years; y++) {
                double w = switch (measure) {
                    case BENEFITS, INVESTMENTS, NET -> yearIndex < 0 || y == yearIndex ? 1 : 0;
                    case CUMULATIVE_NET -> y <= yearIndex ? 1 : 0;
                    case NPV -> discount[y];
                };
                b[y] = measure == Measure.INVESTMENTS ? 0 : w;
                i[y] = measure == Measure.BENEFITS ? 0 : measure == Measure.INVESTMENTS ? w : -w;
            }
            return new Group(level.index(), b, i, constant);
        }

        /** Weight per (flow, effect year), keyed flow x years + year. */
        TreeMap<Long, Double> weights(Levels levels, int years, double[] discount) {
            TreeMap<Long, Double> weights = new TreeMap<>();
            for (CompiledScenario.Flow flow : levels.flows(level)) {
                boolean benefit = flow.kind() == CompiledScenario.FlowKind.BENEFITS;
                for (int y = 0; y < years; y++) {
                    double w = switch (measure) {
                        case BENEFITS -> benefit && (yearIndex < 0 || y == yearIndex) ? 1 : 0;
                        case INVESTMENTS -> !benefit && (yearIndex < 0 || y == yearIndex) ? 1 : 0;
                        case NET -> yearIndex < 0 || y == yearIndex ? (benefit ? 1 : -1) : 0;
                        case CUMULATIVE_NET -> y <= yearIndex ? (benefit ? 1 : -1) : 0;
                        case NPV -> (benefit ? 1 : -1) * discount[y];
                    };
                    if (w != 0) {
                        weights.merge((long) flow.index() * years + y, w, Double::sum);
                    }
                }
            }
            return weights;
        }
    }
}
