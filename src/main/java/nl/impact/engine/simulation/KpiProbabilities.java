package nl.impact.engine.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.calc.kpi.CompiledKpi;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.calc.kpi.KpiException;
import nl.impact.engine.KpiEngine;
import nl.impact.engine.RunResult;
import nl.impact.model.Accumulation;
import nl.impact.model.Direction;
import nl.impact.model.Kpi;
import nl.impact.model.KpiBand;
import nl.impact.model.Parameter;
import nl.impact.model.Paths;
import nl.impact.model.Variant;
import nl.impact.scenario.Problems;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The probability, per KPI with a band and a model value and per band year, that the KPI lands
 * below, within or above its band over the draws. Each KPI is computed per draw by its calculator's
 * {@link CompiledKpi} from the compiled plan's flows and quantities and the KPI's own parameters:
 * banded ones are drawn (after the plan's parameters, from the same block stream, so the plan's
 * draws do not change), and one that is a shared parameter the plan draws takes the plan's draw.
 * A cumulative KPI of flows is summed from the first year, as {@link KpiEngine} does.
 */
public final class KpiProbabilities {

    /** One KPI's probabilities in one year; the three add up to one. */
    public record Row(String kpi, int year, double below, double within, double above) {
    }

    /** A KPI whose value is not a finite number in a year of a draw. */
    record UnfitKpi(String kpi, int year) {
    }

    /** A KPI with a band whose calculator has no compiled form, and why it is left out. */
    public record NotSimulated(String kpi, String reason) {
    }

    private record Entry(Kpi kpi, CompiledKpi compiled, boolean cumulate, int[] bandYears) {
    }

    private final CompiledScenario plan;
    private final List<Entry> entries = new ArrayList<>();
    private final List<NotSimulated> notSimulated = new ArrayList<>();
    /** The KPIs' own banded parameters, by path, each with its sampler. */
    private final Map<String, BandSampler> own = new LinkedHashMap<>();
    private final Map<String, Integer> ownIndex = new HashMap<>();
    private final Map<String, Integer> planInputs = new HashMap<>();
    private final Map<List<String>, CompiledScenario.Flow> benefits = new HashMap<>();
    private final int first;
    private final int effectYears;

    private KpiProbabilities(CompiledScenario plan) {
        this.plan = plan;
        this.first = plan.scenario().years().first();
        this.effectYears = plan.effectYears();
        for (CompiledScenario.Input input : plan.inputs()) {
            planInputs.put(input.path(), input.index());
        }
        for (CompiledScenario.Flow flow : plan.flows()) {
            if (flow.kind() == CompiledScenario.FlowKind.BENEFITS) {
                benefits.put(List.of(flow.kernaanpak(), flow.domain()), flow);
            }
        }
    }

    /**
     * Prepares the KPIs of a computed scenario; problems with a KPI parameter's distribution are added
     * to {@code problems}, located.
     */
    public static KpiProbabilities of(RunResult result, CompiledScenario plan, KpiCalculatorRegistry calculators,
            Problems problems) {
        KpiProbabilities kpis = new KpiProbabilities(plan);
        for (Kpi kpi : result.scenario().kpis()) {
            KpiCalculator calculator = calculators.find(kpi.calculator()).orElse(null);
            if (!kpi.hasBand() || calculator == null || calculator.values() == KpiCalculator.Values.NONE) {
                continue;
            }
            Optional<CompiledKpi> compiled;
            try {
                compiled = calculator.compile(KpiEngine.context(kpi, result));
            } catch (KpiException e) {
                compiled = Optional.empty();
            }
            if (compiled.isEmpty()) {
                kpis.notSimulated.add(new NotSimulated(kpi.id(), "calculator '" + kpi.calculator()
                        + "' has no compiled form for this KPI"));
                continue;
            }
            int[] years = kpi.bands().keySet().stream().mapToInt(Integer::intValue)
                    .filter(y -> y >= kpis.first && y < kpis.first + kpis.effectYears).toArray();
            boolean cumulate = calculator.values() == KpiCalculator.Values.FLOW
                    && kpi.accumulation() == Accumulation.CUMULATIVE;
            kpis.entries.add(new Entry(kpi, compiled.get(), cumulate, years));
            for (Parameter p : kpi.parameters().values()) {
                if (p.banded() && !kpis.planInputs.containsKey(p.path()) && !kpis.own.containsKey(p.path())) {
                    List<String> found = new ArrayList<>();
                    BandSampler.of(p, result.scenario().years(), found).ifPresent(s -> {
                        kpis.ownIndex.put(p.path(), kpis.own.size());
                        kpis.own.put(p.path(), s);
                    });
                    found.forEach(m -> problems.add(Paths.child(p.path(), "distribution"), m));
                }
            }
        }
        return kpis;
    }

    /** The KPIs with a band left out because their calculator has no compiled form. */
    public List<NotSimulated> notSimulated() {
        return List.copyOf(notSimulated);
    }

    /** The KPIs simulated, in the order of {@link Counter#values}' index. */
    public List<Kpi> simulated() {
        return entries.stream().map(Entry::kpi).toList();
    }

    /** The KPIs' own banded parameters, in the order they are drawn. */
    public List<Parameter> parameters() {
        return own.values().stream().map(BandSampler::parameter).toList();
    }

    /** The number of counts a block gives: below, within and above per KPI and band year. */
    int counts() {
        return entries.stream().mapToInt(e -> 3 * e.bandYears().length).sum();
    }

    /** The rows, from the counts over all draws. */
    List<Row> rows(long[] counts, long draws) {
        List<Row> rows = new ArrayList<>();
        int c = 0;
        for (Entry e : entries) {
            for (int year : e.bandYears()) {
                rows.add(new Row(e.kpi().id(), year, (double) counts[c] / draws, (double) counts[c + 1] / draws,
                        (double) counts[c + 2] / draws));
                c += 3;
            }
        }
        return rows;
    }

    /** Places year {@code planYear}'s values of the plan's input {@code input}, draws {@code from..from+n-1}, into {@code into}. */
    interface Placer {
        void place(int input, int planYear, int from, double[] into, int n);
    }

    /** One thread's draws of the KPIs' own parameters and its buffers. */
    public final class Counter implements CompiledKpi.DrawnInputs {
        private final double[][][] drawn;
        private final double[] zeros;
        private final double[][] constants;
        private final double[][] yearly;
        private int next;
        private int offset;
        private int size;
        private Placer placer;
        private Evaluator evaluator;
        private Kpi kpi;
        private int firstUnfit = -1;
        private UnfitKpi unfitKpi;

        public Counter(int blockSize) {
            drawn = new double[own.size()][plan.planYears()][blockSize];
            zeros = new double[blockSize];
            constants = new double[8][blockSize];
            yearly = new double[effectYears][blockSize];
        }

        /** Draws the KPIs' own banded parameters, after the plan's, from the block's stream. */
        void draw(UniformRandomProvider rng, int n) {
            int i = 0;
            for (BandSampler sampler : own.values()) {
                sampler.draw(rng, drawn[i++], n);
            }
        }

        /** Sets the KPIs' own banded parameters to a variant's values: for the agreement with the exact engine. */
        public void fix(Variant variant, int n) {
            int i = 0;
            for (BandSampler sampler : own.values()) {
                for (int y = 0; y < drawn[i].length; y++) {
                    Arrays.fill(drawn[i][y], 0, n, plan.value(sampler.parameter(), variant, y));
                }
                i++;
            }
        }

        /**
         * The value per effect year and draw of the KPI at {@code index} (cumulated when the KPI is),
         * from an evaluated block and the plan's drawn inputs {@code inputs[input][planYear][draw]}.
         */
        public double[][] values(int index, Evaluator evaluator, double[][][] inputs, int n) {
            // Values set on their bands already (a variant's, in the agreement test): read as they are.
            this.placer = (input, planYear, from, into, count) -> System.arraycopy(inputs[input][planYear], from, into,
                    0, count);
            return values(index, evaluator, 0, n);
        }

        /**
         * As {@link #values(int, Evaluator, double[][][], int)} for draws {@code from..from+n-1} of the
         * drawn block, the plan's inputs read through {@link #placer}.
         */
        private double[][] values(int index, Evaluator evaluator, int from, int n) {
            this.offset = from;
            this.size = n;
            this.evaluator = evaluator;
            Entry e = entries.get(index);
            this.kpi = e.kpi();
            for (int y = 0; y < effectYears; y++) {
                next = 0;
                e.compiled().values(this, first + y, yearly[y], n);
                if (e.cumulate() && y > 0) {
                    for (int d = 0; d < n; d++) {
                        yearly[y][d] += yearly[y - 1][d];
                    }
                }
            }
            return yearly;
        }

        /**
         * Adds to {@code counts} how many of the draws {@code from..from+n-1}, evaluated in
         * {@code evaluator}, fall below, within and above each KPI's band in each band year; the
         * plan's drawn inputs are read through {@code placer} (they may be standard variates). False
         * when a KPI's value is not a finite number in one of them (a draw the simulation refuses:
         * {@link #firstUnfit}).
         */
        boolean count(Evaluator evaluator, int from, int n, long[] counts, Placer placer) {
            this.placer = placer;
            firstUnfit = -1;
            int c = 0;
            for (int k = 0; k < entries.size(); k++) {
                Entry e = entries.get(k);
                double[][] values = values(k, evaluator, from, n);
                boolean higher = e.kpi().direction() == Direction.HIGHER_IS_BETTER;
                for (int year : e.bandYears()) {
                    KpiBand band = e.kpi().bands().get(year);
                    double min = band.min().doubleValue();
                    double max = band.max().doubleValue();
                    double[] v = values[year - first];
                    long below = 0;
                    long above = 0;
                    long unfit = 0;
                    for (int d = 0; d < n; d++) {
                        // Below: worse than the minimal effect; above: better than the maximal effect.
                        below += (higher ? v[d] < min : v[d] > min) ? 1 : 0;
                        above += (higher ? v[d] > max : v[d] < max) ? 1 : 0;
                        unfit += Double.isFinite(v[d]) ? 0 : 1;
                    }
                    if (unfit > 0) {
                        unfit(e.kpi(), year, v, n);
                    }
                    counts[c] += below;
                    counts[c + 1] += n - below - above;
                    counts[c + 2] += above;
                    c += 3;
                }
            }
            return firstUnfit < 0;
        }

        /** Notes the first draw in which the KPI's value in {@code year} is not a finite number, if earlier than the one noted. */
        private void unfit(Kpi kpi, int year, double[] values, int n) {
            for (int d = 0; d < (firstUnfit < 0 ? n : firstUnfit); d++) {
                if (!Double.isFinite(values[d])) {
                    firstUnfit = d;
                    unfitKpi = new UnfitKpi(kpi.id(), year);
                    return;
                }
            }
        }

        /** The first draw of the chunk last counted in which a KPI is not a finite number, or -1. */
        int firstUnfit() {
            return firstUnfit;
        }

        /** The KPI and year of {@link #firstUnfit}. */
        UnfitKpi unfitKpi() {
            return unfitKpi;
        }

        @Override
        public double[] effects(String kernaanpak, String domain, int year) {
            CompiledScenario.Flow flow = benefits.get(List.of(kernaanpak, domain));
            return flow == null ? zeros : evaluator.flow(flow, year - first);
        }

        @Override
        public double[] quantity(String kernaanpak, String name, int year) {
            int y = year - first;
            return y < plan.planYears() ? evaluator.name(kernaanpak, name, y) : zeros;
        }

        @Override
        public double[] number(String name, int year) {
            Parameter p = kpi.parameters().get(name);
            int y = Math.min(year - first, plan.planYears() - 1);
            if (p.banded()) {
                Integer input = planInputs.get(p.path());
                if (input != null) {
                    double[] column = constants[next++ % constants.length];
                    placer.place(input, y, offset, column, size);
                    return column;
                }
                Integer i = ownIndex.get(p.path());
                if (i != null) {
                    return chunk(drawn[i][y]);
                }
            }
            // A fixed figure: the same in every draw; a small ring of buffers, since a calculator reads a few at once.
            double[] column = constants[next++ % constants.length];
            Arrays.fill(column, 0, size, p.values().expected().at(year).doubleValue());
            return column;
        }

        /** The evaluated chunk's part of a block-long column of drawn values, from index 0. */
        private double[] chunk(double[] block) {
            if (offset == 0) {
                return block;
            }
            double[] column = constants[next++ % constants.length];
            System.arraycopy(block, offset, column, 0, size);
            return column;
        }
    }
}
