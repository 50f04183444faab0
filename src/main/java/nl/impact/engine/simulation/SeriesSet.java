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

    /** A distinct varying part: {@code flows[i]} in effect year {@code years[i]} times {@code weights[i]}. */
    record Group(int[] flows, int[] years, double[] weights) {
        boolean constant() {
            return flows.length == 0;
        }

        /** The group's value per draw of an evaluated block. */
        void values(Evaluator evaluator, List<CompiledScenario.Flow> all, double[] into, int n) {
            java.util.Arrays.fill(into, 0, n, 0);
            for (int i = 0; i < flows.length; i++) {
                double[] column = evaluator.flow(all.get(flows[i]), years[i]);
                double w = weights[i];
                for (int d = 0; d < n; d++) {
                    into[d] += w * column[d];
                }
            }
        }
    }

    private final List<Series> series = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();

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
        // The constant offsets: each series minus its varying part, from one draw at the expected values.
        Evaluator one = plan.evaluator(1);
        one.evaluate(plan.variant(nl.impact.model.Variant.EXPECTED), 1);
        for (Definition def : definitions) {
            TreeMap<Long, Double> all = def.weights(levels, years, discount);
            TreeMap<Long, Double> varying = new TreeMap<>();
            all.forEach((key, w) -> {
                if (plan.varies(plan.flows().get((int) (key / years)), (int) (key % years))) {
                    varying.put(key, w);
                }
            });
            List<Object> signature = List.of(varying.keySet().stream().toList(), varying.values().stream().toList());
            Integer group = known.get(signature);
            if (group == null) {
                group = groups.size();
                known.put(signature, group);
                groups.add(group(varying, years));
            }
            double[] value = new double[1];
            group(all, years).values(one, plan.flows(), value, 1);
            double[] part = new double[1];
            groups.get(group).values(one, plan.flows(), part, 1);
            series.add(new Series(def.level(), def.measure(), def.yearIndex(), group, value[0] - part[0]));
        }
    }

    List<Series> series() {
        return series;
    }

    List<Group> groups() {
        return groups;
    }

    private static Group group(TreeMap<Long, Double> weights, int years) {
        int[] flows = new int[weights.size()];
        int[] yearIndex = new int[weights.size()];
        double[] w = new double[weights.size()];
        int i = 0;
        for (Map.Entry<Long, Double> e : weights.entrySet()) {
            flows[i] = (int) (e.getKey() / years);
            yearIndex[i] = (int) (e.getKey() % years);
            w[i] = e.getValue();
            i++;
        }
        return new Group(flows, yearIndex, w);
    }

    private record Definition(Levels.Level level, Measure measure, int yearIndex) {

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
