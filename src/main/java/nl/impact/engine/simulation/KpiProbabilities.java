package nl.impact.engine.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.calc.compiled.CompiledFormula;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.calc.compiled.UnsupportedFormulaException;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.calc.kpi.KpiException;
import nl.impact.calc.kpi.KpiFormula;
import nl.impact.calc.kpi.Selector;
import nl.impact.engine.KpiEngine;
import nl.impact.engine.KpiSelections;
import nl.impact.engine.RunResult;
import nl.impact.model.Accumulation;
import nl.impact.model.Direction;
import nl.impact.model.Kpi;
import nl.impact.model.KpiBand;
import nl.impact.model.KpiSelection;
import nl.impact.model.Parameter;
import nl.impact.model.Paths;
import nl.impact.model.QuantityResult;
import nl.impact.model.Variant;
import nl.impact.scenario.Problems;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The probability, per KPI with a band and a model value and per band year, that the KPI lands
 * below, within or above its band over the draws. Each KPI is computed per draw from its one
 * definition, the {@link KpiFormula} the exact {@link KpiEngine} evaluates, compiled over columns:
 * its selections read the compiled plan's flows and quantities, its numbers the KPI's parameters
 * (banded ones are drawn after the plan's parameters, from the same block stream, so the plan's
 * draws do not change; one that is a shared parameter the plan draws takes the plan's draw). A
 * cumulative KPI of flows is summed from the first year, as {@link KpiEngine} does.
 */
public final class KpiProbabilities {

    /** One KPI's probabilities in one year; the three add up to one. */
    public record Row(String kpi, int year, double below, double within, double above) {
    }

    /** A KPI whose value is not a finite number in a year of a draw. */
    record UnfitKpi(String kpi, int year) {
    }

    /** A KPI with a band that the simulated plan cannot compute, and why it is left out. */
    public record NotSimulated(String kpi, String reason) {
    }

    /** Where the values of a name of a KPI's formula come from, per draw. */
    private sealed interface Source {
    }

    /** The sum of flows of the compiled plan (effects per kernaanpak and domain), in effect years. */
    private record Flows(List<CompiledScenario.Flow> flows) implements Source {
    }

    /** The sum of quantities of the kernaanpakken, in plan years (zero after). */
    private record Quantities(List<QuantityResult> quantities) implements Source {
    }

    /** A parameter: drawn, the plan's draw, or fixed. */
    private record Number(Parameter parameter) implements Source {
    }

    private record Constant(double value) implements Source {
    }

    private record Entry(Kpi kpi, CompiledFormula formula, Source[] sources, boolean cumulate, int[] bandYears) {
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
            if (!kpi.hasBand() || (!kpi.isFormula() && calculators.find(kpi.calculator()).isEmpty())) {
                continue;
            }
            KpiCalculator.Values values = KpiEngine.values(kpi, calculators);
            if (values == KpiCalculator.Values.NONE) {
                continue;
            }
            Entry entry;
            try {
                entry = kpis.entry(kpi, KpiEngine.definition(kpi, result, calculators), result,
                        values == KpiCalculator.Values.FLOW && kpi.accumulation() == Accumulation.CUMULATIVE);
            } catch (KpiException | NotCompiled e) {
                kpis.notSimulated.add(new NotSimulated(kpi.id(), e.getMessage()));
                continue;
            }
            kpis.entries.add(entry);
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

    /** Why a KPI's formula has no form over the simulated plan. */
    private static final class NotCompiled extends Exception {
        private static final long serialVersionUID = 1L;

        NotCompiled(String reason) {
            super(reason);
        }
    }

    /** A KPI's formula compiled over the simulated plan: each name's source of values per draw. */
    private Entry entry(Kpi kpi, KpiFormula definition, RunResult result, boolean cumulate)
            throws KpiException, NotCompiled {
        CompiledFormula formula;
        try {
            formula = CompiledFormula.compile(definition.expression(), first, effectYears);
        } catch (UnsupportedFormulaException e) {
            throw new NotCompiled(e.getMessage());
        }
        Source[] sources = new Source[formula.names().size()];
        for (int i = 0; i < sources.length; i++) {
            KpiFormula.Term term = definition.names().get(formula.names().get(i));
            if (term instanceof KpiFormula.Selection s) {
                sources[i] = source(s.selection(), result);
            } else if (term instanceof KpiFormula.Number n) {
                sources[i] = new Number(n.parameter());
            } else {
                sources[i] = new Constant(((KpiFormula.Constant) term).value().doubleValue());
            }
        }
        int[] years = kpi.bands().keySet().stream().mapToInt(Integer::intValue)
                .filter(y -> y >= first && y < first + effectYears).toArray();
        return new Entry(kpi, formula, sources, cumulate, years);
    }

    /**
     * A selection over the simulated plan: effects of whole kernaanpakken are its flows per kernaanpak
     * and domain (in the scenario's order of kernaanpakken, then the selection's or scenario's order of
     * domains), quantities its names.
     */
    private Source source(KpiSelection selection, RunResult result) throws KpiException, NotCompiled {
        if (selection.kind() == KpiSelection.Kind.CAPACITY) {
            throw new NotCompiled("it counts effects in uur, fte or personen, and the simulated plan computes "
                    + "euros only");
        }
        if (selection.kind() == KpiSelection.Kind.QUANTITIES) {
            return new Quantities(KpiSelections.quantities(selection, result));
        }
        List<Selector> selectors = Selector.parse(selection.items(), selection.path());
        if (!selectors.stream().allMatch(Selector::wholeKernaanpak)) {
            throw new NotCompiled("it adds up single effects (kernaanpak/effect), and the simulated plan adds "
                    + "effects up per kernaanpak and domain");
        }
        List<String> domains = selection.domains().isEmpty()
                ? List.copyOf(result.scenario().domains().keySet()) : selection.domains();
        List<CompiledScenario.Flow> flows = new ArrayList<>();
        for (var k : result.scenario().kernaanpakken()) {
            if (selectors.stream().noneMatch(s -> s.matches(k.id(), "*"))) {
                continue;
            }
            for (String domain : domains) {
                CompiledScenario.Flow flow = benefits.get(List.of(k.id(), domain));
                if (flow != null) {
                    flows.add(flow);
                }
            }
        }
        return new Flows(flows);
    }

    /** The KPIs with a band left out because the simulated plan cannot compute them, and why. */
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
    public final class Counter {
        private final double[][][] drawn;
        private final CompiledFormula.Columns[] columns;
        private final double[][] yearly;
        private int offset;
        private Placer placer;
        private int firstUnfit = -1;
        private UnfitKpi unfitKpi;

        public Counter(int blockSize) {
            drawn = new double[own.size()][plan.planYears()][blockSize];
            columns = new CompiledFormula.Columns[entries.size()];
            for (int k = 0; k < columns.length; k++) {
                columns[k] = entries.get(k).formula().columns(blockSize);
            }
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
         * drawn block, the plan's inputs read through {@link #placer}: each name of the KPI's formula is
         * filled in the years it is read, then the formula is evaluated.
         */
        private double[][] values(int index, Evaluator evaluator, int from, int n) {
            this.offset = from;
            Entry e = entries.get(index);
            CompiledFormula.Columns formula = columns[index];
            for (int name = 0; name < e.sources().length; name++) {
                for (int y = 0; y < effectYears; y++) {
                    if (e.formula().reads(name, y)) {
                        fill(e.sources()[name], evaluator, y, formula.name(name, y), n);
                    }
                }
            }
            formula.evaluate(n);
            for (int y = 0; y < effectYears; y++) {
                System.arraycopy(formula.value(y, n), 0, yearly[y], 0, n);
                if (e.cumulate() && y > 0) {
                    for (int d = 0; d < n; d++) {
                        yearly[y][d] += yearly[y - 1][d];
                    }
                }
            }
            return yearly;
        }

        /** A name's values in year index {@code y}, draws {@code 0..n-1}. */
        private void fill(Source source, Evaluator evaluator, int y, double[] into, int n) {
            if (source instanceof Flows f) {
                Arrays.fill(into, 0, n, 0);
                for (CompiledScenario.Flow flow : f.flows()) {
                    double[] euros = evaluator.flow(flow, y);
                    for (int d = 0; d < n; d++) {
                        into[d] += euros[d];
                    }
                }
            } else if (source instanceof Quantities q) {
                Arrays.fill(into, 0, n, 0);
                if (y < plan.planYears()) {
                    for (QuantityResult quantity : q.quantities()) {
                        double[] values = evaluator.name(quantity.kernaanpak(), quantity.name(), y);
                        for (int d = 0; d < n; d++) {
                            into[d] += values[d];
                        }
                    }
                }
            } else if (source instanceof Number number) {
                number(number.parameter(), y, into, n);
            } else {
                Arrays.fill(into, 0, n, ((Constant) source).value());
            }
        }

        /** A parameter's values in year index {@code y}: the plan's draw, the KPI's own draw, or its fixed value. */
        private void number(Parameter p, int y, double[] into, int n) {
            int planYear = Math.min(y, plan.planYears() - 1);
            if (p.banded()) {
                Integer input = planInputs.get(p.path());
                if (input != null) {
                    placer.place(input, planYear, offset, into, n);
                    return;
                }
                Integer i = ownIndex.get(p.path());
                if (i != null) {
                    System.arraycopy(drawn[i][planYear], offset, into, 0, n);
                    return;
                }
            }
            // A fixed figure: the same in every draw.
            Arrays.fill(into, 0, n, p.values().expected().at(first + y).doubleValue());
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
    }
}
