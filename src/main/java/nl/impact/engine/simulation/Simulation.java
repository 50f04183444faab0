package nl.impact.engine.simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.calc.compiled.Fault;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Parameter;
import nl.impact.model.Paths;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Monte Carlo over a scenario's compiled plan. Draws come in blocks of {@link #BLOCK}; block b is
 * drawn from the generator seeded with the seed and jumped b times, whichever thread computes it,
 * and blocks are merged in block order: the same seed gives the same result with any number of
 * threads.
 */
public final class Simulation {

    /** Draws per block: fixed, so that the blocks (and so the results) do not depend on the threads. */
    public static final int BLOCK = 1024;

    /**
     * Blocks a thread computes per task: the calling thread merges each task's blocks in block
     * order, so the grouping changes no result; tasks of many blocks wake the calling thread
     * (which then takes a core from a drawing thread) once per task rather than once per block.
     */
    static final int BLOCKS_PER_TASK = 16;

    /** Bins per histogram sketch. */
    public static final int BINS = 4096;

    /** The generator: xoroshiro128++, jumpable, so each block has its own stream. */
    public static final RandomSource GENERATOR = RandomSource.XO_RO_SHI_RO_128_PP;

    /** Receives the drawn parameter values and the net per financier and in all, block by block in order. */
    public interface DrawConsumer {
        /**
         * @param inputs {@code inputs[input][planYear][draw]}
         * @param nets {@code nets[financier, then total][draw]}
         */
        void accept(long firstDraw, double[][][] inputs, double[][] nets, int n) throws java.io.IOException;
    }

    private final RunResult result;
    private final CompiledScenario plan;
    private final Levels levels;
    private final SeriesSet seriesSet;
    private final List<BandSampler> samplers;
    private final Measures measures;
    private final List<Levels.Level> netLevels;
    private final CorrelatedDraws correlated;
    private final KpiProbabilities kpis;

    private Simulation(RunResult result, CompiledScenario plan, List<BandSampler> samplers, KpiProbabilities kpis) {
        this.result = result;
        this.plan = plan;
        this.levels = new Levels(plan);
        this.seriesSet = new SeriesSet(levels, result.scenario());
        this.samplers = samplers;
        this.measures = new Measures(result.scenario());
        this.netLevels = new ArrayList<>(levels.financiers());
        netLevels.add(levels.total());
        this.correlated = CorrelatedDraws.of(samplers, result.scenario().correlations());
        this.kpis = kpis;
    }

    /** Prepares a simulation: every banded parameter's distribution is checked, with located problems. */
    public static Simulation of(RunResult result) throws InvalidInputException {
        CompiledScenario plan = Levels.compile(result);
        Problems problems = new Problems(result.scenario().file().toString(), result.scenario().sourceMap());
        List<BandSampler> samplers = new ArrayList<>();
        for (CompiledScenario.Input input : plan.inputs()) {
            List<String> found = new ArrayList<>();
            BandSampler.of(input.parameter(), result.scenario().years(), found).ifPresent(samplers::add);
            found.forEach(m -> problems.add(Paths.child(input.path(), "distribution"), m));
        }
        KpiProbabilities kpis = KpiProbabilities.of(result, plan, nl.impact.calc.kpi.KpiCalculatorRegistry.load(),
                problems);
        problems.throwIfAny();
        // The plan compiled once: the samplers, the KPIs and the draws all read this one.
        return new Simulation(result, plan, samplers, kpis);
    }

    /** The banded parameters in the order they are drawn (and exported). */
    public List<Parameter> parameters() {
        return samplers.stream().map(BandSampler::parameter).toList();
    }

    /** The levels whose net is exported: every financier, then the total. */
    public List<Levels.Level> netLevels() {
        return List.copyOf(netLevels);
    }

    /**
     * Runs the simulation.
     *
     * @throws InvalidInputException when a draw has a figure that is not a finite number (a formula
     *     dividing by zero in it): the first such draw, with the formula's place
     */
    public SimulationResult run(SimulationSettings settings, LongConsumer progress, DrawConsumer draws)
            throws java.io.IOException, InvalidInputException {
        long n = settings.draws();
        int blocks = (int) ((n + BLOCK - 1) / BLOCK);
        List<SeriesSet.Group> groups = seriesSet.groups();
        long varying = groups.stream().filter(g -> !g.constant()).count();
        boolean exact = varying * n <= settings.exactValues();
        Summary[] summaries = new Summary[groups.size()];
        double[][] kept = new double[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            kept[g] = exact && !groups.get(g).constant() ? new double[(int) n] : null;
            summaries[g] = new Summary(kept[g]);
        }
        // Beyond the exact limit, histograms over ranges taken from a pilot: block 0's own draws.
        double[][] ranges = exact ? null
                : new Worker(null, null, null, 0, null).pilot(
                        ((JumpableUniformRandomProvider) GENERATOR.create(settings.seed())).jump(), (int) Math.min(BLOCK, n));
        // Small enough to stay in the processor's cache: scattered counts are the sketch's cost.
        int bins = BINS;
        List<Worker> all = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] positive = new long[seriesSet.series().size()];
        int years = plan.effectYears();
        long[][] breakEven = new long[levels.financiers().size()][years + 1];
        long[] kpiCounts = new long[kpis.counts()];
        // An area scenario's nets per gemeente (and per area on request): exact percentiles while they fit.
        AreaSeries areaSeries = plan.plan().hasAreas() ? new AreaSeries(plan, settings.perArea()) : null;
        int areaSize = areaSeries == null ? 0 : areaSeries.size();
        boolean areasExact = (long) areaSize * n <= settings.exactValues();
        double[][] areaKept = areaSeries != null && areasExact ? new double[areaSize][(int) n] : null;
        Summary[] areaSummaries = new Summary[areaSize];
        for (int s = 0; s < areaSize; s++) {
            areaSummaries[s] = new Summary(areaKept == null ? null : areaKept[s]);
        }
        double[][] areaRanges = areaSeries == null || areasExact ? null
                : new Worker(null, areaSeries, null, 0, null).pilotAreas(
                        ((JumpableUniformRandomProvider) GENERATOR.create(settings.seed())).jump(), (int) Math.min(BLOCK, n));
        int areaBins = areaSeries == null ? 0 : areaSeries.bins();

        JumpableUniformRandomProvider base = (JumpableUniformRandomProvider) GENERATOR.create(settings.seed());
        Deaths deaths = new Deaths();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "impact-simulation");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(deaths);
            return t;
        });
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(() -> {
            Worker w = new Worker(ranges == null ? null : histograms(ranges, bins), areaSeries, areaRanges, areaBins,
                    areaKept);
            all.add(w);
            return w;
        });
        Deque<Future<Block[]>> pending = new ArrayDeque<>();
        try {
            long done = 0;
            for (int b = 0; b < blocks || !pending.isEmpty(); ) {
                if (b < blocks && pending.size() < 2 * settings.threads()) {
                    // The streams are jumped here, in block order, whichever thread then draws from them.
                    int first = b;
                    // Exported blocks, and each area's sums, are held until merged: one per task keeps that memory small.
                    int count = Math.min(draws == null && !settings.perArea() ? BLOCKS_PER_TASK : 1, blocks - b);
                    UniformRandomProvider[] streams = new UniformRandomProvider[count];
                    for (int k = 0; k < count; k++) {
                        streams[k] = base.jump();
                    }
                    pending.add(pool.submit(() -> workers.get().blocks(first, streams, n, kept, draws != null)));
                    b += count;
                    continue;
                }
                for (Block block : await(pending.poll(), deaths)) {
                    merge(block, summaries, positive, breakEven, kpiCounts, areaSummaries);
                    if (draws != null) {
                        draws.accept((long) block.index * BLOCK, block.inputs, block.nets, block.size);
                    }
                    done += block.size;
                    progress.accept(done);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            // Tasks are awaited in block order, so the draw refused is the first, whatever the threads.
            if (e.getCause() instanceof RefusedDraw refused) {
                throw invalid(refused, settings.seed());
            }
            throw new IllegalStateException("simulation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        AreaNets areaNets = areaSeries == null ? null
                : areaNets(areaSeries, areaSummaries, all, settings.draws(), areasExact ? 0 : areaBins);
        if (!exact) {
            // Integer counts add up the same in any order, and outside values are sorted: thread-independent.
            for (int g = 0; g < summaries.length; g++) {
                Histogram merged = null;
                for (Worker w : all) {
                    if (w.histograms[g] != null) {
                        if (merged == null) {
                            merged = w.histograms[g];
                        } else {
                            merged.merge(w.histograms[g]);
                        }
                    }
                }
                summaries[g].finish(merged);
            }
        } else {
            for (Summary s : summaries) {
                s.finish(null);
            }
        }
        return result(settings, exact, bins, summaries, positive, breakEven, kpiCounts, areaNets);
    }

    /**
     * The nets per gemeente and area: every thread's counts, least and greatest values and histograms
     * added up (integers, minima and maxima: the same in any order), and each series' summary merged
     * block by block in block order.
     */
    private static AreaNets areaNets(AreaSeries series, Summary[] summaries, List<Worker> workers, long draws, int bins) {
        AreaTally merged = null;
        for (Worker w : workers) {
            if (merged == null) {
                merged = w.areaTally;
            } else {
                merged.merge(w.areaTally);
            }
        }
        List<AreaNets.Row> gemeenten = new ArrayList<>();
        List<AreaNets.Row> areas = new ArrayList<>();
        for (int s = 0; s < summaries.length; s++) {
            summaries[s].finish(merged.histogram(s));
            AreaNets.Row row = series.row(s, summaries[s], merged.least[s], merged.greatest[s], merged.positive[s], draws);
            (row.level() == AreaNets.Level.GEMEENTE ? gemeenten : areas).add(row);
        }
        return new AreaNets(List.copyOf(gemeenten), List.copyOf(areas), bins);
    }

    /** A refused draw as a problem at the place of its formula (or KPI), for exit code 2. */
    private InvalidInputException invalid(RefusedDraw refused, long seed) {
        Problems problems = new Problems(result.scenario().file().toString(), result.scenario().sourceMap());
        String where = " in draw " + refused.draw + " of the simulation (seed " + seed + ")";
        if (refused.fault != null) {
            problems.add(refused.fault.path(), refused.fault.describe() + where + "; " + Fault.ADVICE);
        } else if (refused.kpi != null) {
            problems.add(Paths.child("kpis", refused.kpi.kpi()), "the KPI's value in " + refused.kpi.year()
                    + " is not a finite number" + where + "; check what its calculator divides by");
        } else {
            problems.add("", "a figure of the business case is not a finite number, or beyond "
                    + Fault.number(CompiledScenario.LARGEST_FIGURE) + "," + where);
        }
        return new InvalidInputException(problems.list());
    }

    /**
     * What killed a drawing thread, if one died: an error thrown where the pool's task could not
     * record it (out of memory while recording a failure) ends the thread with its task unfinished.
     * Only a store here, which needs no memory.
     */
    static final class Deaths implements Thread.UncaughtExceptionHandler {
        private volatile Throwable first;

        @Override
        public void uncaughtException(Thread thread, Throwable e) {
            if (first == null) {
                first = e;
            }
        }
    }

    /**
     * The task's result once it is done; what killed a drawing thread instead, should one die with
     * the task unfinished (the task would then never be done, and a plain wait would never end).
     */
    static <T> T await(Future<T> task, Deaths deaths) throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return task.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                Throwable died = deaths.first;
                if (died instanceof Error error) {
                    throw error;
                }
                if (died != null) {
                    throw new ExecutionException(died);
                }
            }
        }
    }

    /**
     * Adds a block's contribution to the totals, in block order. A method of its own, called once per
     * block, so that the JIT compiles it like the draws' own methods (the loop of {@link #run} runs
     * once and would otherwise stay interpreted).
     */
    private static void merge(Block block, Summary[] summaries, long[] positive, long[][] breakEven, long[] kpiCounts,
            Summary[] areaSummaries) {
        for (int g = 0; g < summaries.length; g++) {
            if (block.summaries[g] != null) {
                summaries[g].merge(block.summaries[g]);
            }
        }
        for (int s = 0; s < positive.length; s++) {
            positive[s] += block.positive[s];
        }
        for (int f = 0; f < breakEven.length; f++) {
            for (int y = 0; y < breakEven[f].length; y++) {
                breakEven[f][y] += block.breakEven[f][y];
            }
        }
        for (int k = 0; k < kpiCounts.length; k++) {
            kpiCounts[k] += block.kpiCounts[k];
        }
        AreaTally.BlockSums areas = block.areaSums;
        for (int s = 0; s < areaSummaries.length; s++) {
            areaSummaries[s].mergeSums(areas.size(), areas.shift()[s], areas.sum()[s], areas.squares()[s]);
        }
    }

    private Histogram[] histograms(double[][] ranges, int bins) {
        Histogram[] histograms = new Histogram[ranges.length];
        for (int g = 0; g < ranges.length; g++) {
            histograms[g] = ranges[g] == null ? null : new Histogram(ranges[g][0], ranges[g][1], bins);
        }
        return histograms;
    }

    private SimulationResult result(SimulationSettings settings, boolean exact, int bins, Summary[] summaries,
            long[] positive, long[][] breakEven, long[] kpiCounts, AreaNets areaNets) {
        List<SimulationResult.Row> rows = new ArrayList<>();
        int first = result.scenario().years().first();
        List<SeriesSet.Series> series = seriesSet.series();
        for (int i = 0; i < series.size(); i++) {
            SeriesSet.Series s = series.get(i);
            Summary summary = summaries[s.group()];
            boolean constant = seriesSet.groups().get(s.group()).constant();
            double[] p = new double[SimulationResult.PERCENTILES.length];
            for (int k = 0; k < p.length; k++) {
                p[k] = s.offset() + (constant ? 0 : summary.percentile(SimulationResult.PERCENTILES[k]));
            }
            rows.add(new SimulationResult.Row(s.level(), s.measure().key(), s.yearIndex() < 0 ? 0 : first + s.yearIndex(),
                    s.offset() + (constant ? 0 : summary.mean()), constant ? 0 : summary.sd(), p,
                    (double) positive[i] / settings.draws()));
        }
        List<SimulationResult.BreakEven> breakEvens = new ArrayList<>();
        List<Levels.Level> financiers = levels.financiers();
        for (int f = 0; f < financiers.size(); f++) {
            int years = breakEven[f].length - 1;
            double[] perYear = new double[years];
            for (int y = 0; y < years; y++) {
                perYear[y] = (double) breakEven[f][y] / settings.draws();
            }
            breakEvens.add(new SimulationResult.BreakEven(financiers.get(f).key(), first, perYear,
                    (double) breakEven[f][years] / settings.draws()));
        }
        List<Parameter> drawn = new ArrayList<>(parameters());
        drawn.addAll(kpis.parameters());
        return new SimulationResult(result.scenario(), settings, GENERATOR.name(), BLOCK, exact ? 0 : bins, List.copyOf(drawn),
                List.copyOf(rows), List.copyOf(breakEvens), kpis.rows(kpiCounts, settings.draws()), kpis.notSimulated(),
                areaNets);
    }

    /** What one block contributes. */
    private record Block(int index, int size, Summary[] summaries, long[] positive, long[][] breakEven,
            double[][][] inputs, double[][] nets, long[] kpiCounts, AreaTally.BlockSums areaSums) {
    }

    /**
     * Draws evaluated at a time. A block is drawn whole (so its stream, and so every result, stays
     * as it was), then evaluated in chunks small enough that the compiled plan's registers, one
     * column per register, stay in the processor's cache. The chunk size changes no result.
     */
    static final int CHUNK = 256;

    /** One thread's evaluator and buffers. */
    private final class Worker {
        private final Evaluator evaluator = plan.evaluator(CHUNK);
        private final double[][][] inputs = new double[samplers.size()][plan.planYears()][BLOCK];
        private final double[] column = new double[CHUNK];
        private final double[][][] benefits = new double[levels.levels().size()][plan.effectYears()][CHUNK];
        private final double[][][] investments = new double[levels.levels().size()][plan.effectYears()][CHUNK];
        private final int[] years = new int[CHUNK];
        private final double[] flows = new double[CHUNK];
        private final KpiProbabilities.Counter kpiCounter = kpis.new Counter(BLOCK);
        private final Histogram[] histograms;
        private final double[] shift = new double[seriesSet.groups().size()];
        private final double[] sum = new double[shift.length];
        private final double[] squares = new double[shift.length];
        private final double[][] thresholds = thresholds();
        /** {sum, sum of squares, least, greatest} of a chunk: reused, as Histogram.summarise is not inlined here. */
        private final double[] moments = new double[4];
        private double least;
        private double greatest;
        /** True once a draw of the chunk being evaluated has a figure that is not a finite number or too large. */
        private boolean unfit;
        /** An area scenario's nets per gemeente (and area): null without areas. */
        private final AreaTally areaTally;
        private final AreaSeries.Accumulator areaNets;

        /**
         * @param areaRanges the area series' pilot ranges for their histograms, null when exact
         * @param areaKept every area series' value per draw when exact, else null
         */
        Worker(Histogram[] histograms, AreaSeries areaSeries, double[][] areaRanges, int areaBins, double[][] areaKept) {
            this.histograms = histograms;
            this.areaTally = areaSeries == null ? null : new AreaTally(areaSeries.size(), areaRanges, areaBins, areaKept);
            this.areaNets = areaSeries == null ? null : areaSeries.new Accumulator(evaluator, areaTally);
        }

        /**
         * Every area series' least and greatest value in the first chunk of block 0 (of {@code n} draws,
         * drawn from {@code rng}): a pilot of {@link #CHUNK} draws, since each draw of an area scenario
         * evaluates every area, and the histograms span three times its range.
         */
        double[][] pilotAreas(UniformRandomProvider rng, int n) {
            draw(rng, n);
            areaTally.block(0);
            evaluate(0, Math.min(CHUNK, n));
            return areaTally.ranges();
        }

        /** Per group, per series of it: the group's value above which the series is positive. */
        private double[][] thresholds() {
            double[][] limits = new double[seriesSet.groups().size()][];
            for (int g = 0; g < limits.length; g++) {
                int[] of = seriesSet.seriesOf(g);
                limits[g] = new double[of.length];
                for (int k = 0; k < of.length; k++) {
                    limits[g][k] = -seriesSet.series().get(of[k]).offset();
                }
            }
            return limits;
        }

        /** Every varying group's least and greatest value in a block (null for a constant group). */
        double[][] pilot(UniformRandomProvider rng, int n) {
            draw(rng, n);
            List<SeriesSet.Group> groups = seriesSet.groups();
            double[][] ranges = new double[groups.size()][];
            for (int from = 0; from < n; from += CHUNK) {
                int m = Math.min(CHUNK, n - from);
                evaluate(from, m);
                for (int g = 0; g < groups.size(); g++) {
                    if (!groups.get(g).constant()) {
                        groups.get(g).values(benefits, investments, column, m);
                        if (ranges[g] == null) {
                            ranges[g] = new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
                        }
                        for (int d = 0; d < m; d++) {
                            ranges[g][0] = Math.min(ranges[g][0], column[d]);
                            ranges[g][1] = Math.max(ranges[g][1], column[d]);
                        }
                    }
                }
            }
            return ranges;
        }

        /**
         * Draws the block's parameter values, every sampler in turn from the block's own stream:
         * {@code inputs[input]} as {@link BandSampler#drawStandard} leaves them (one standard variate
         * per draw where that serves every year, else a value per plan year and draw), placed on
         * each year's band as the plan reads them. A step that transforms a block's drawn values
         * before evaluation (a rank correlation between parameters: reordering the draws of each
         * parameter within the block, which works on either form) belongs at the end of this method.
         */
        private void draw(UniformRandomProvider rng, int n) {
            for (int i = 0; i < samplers.size(); i++) {
                if (!correlated.joint(i)) {
                    samplers.get(i).drawStandard(rng, inputs[i], n);
                }
            }
            correlated.draw(rng, inputs, n);
            kpiCounter.draw(rng, n);
        }

        /** Evaluates draws {@code from..from+m-1} of the drawn block into every level's benefits and investments. */
        private void evaluate(int from, int m) {
            if (areaNets != null) {
                areaTally.chunk(from);
                areaNets.start(m);
            }
            evaluator.evaluate((input, yearIndex, into, count) -> samplers.get(input).place(inputs[input], yearIndex,
                    from, into, count), m, areaNets);
            if (areaNets != null) {
                areaNets.finish(m);
            }
            for (Levels.Level level : levels.levels()) {
                levels.collect(evaluator, level, benefits[level.index()], investments[level.index()], m);
            }
        }

        /** A task's blocks, {@code first} onwards, each drawn from its own stream, of a simulation of {@code draws}. */
        Block[] blocks(int first, UniformRandomProvider[] streams, long draws, double[][] kept, boolean export) {
            Block[] run = new Block[streams.length];
            for (int k = 0; k < streams.length; k++) {
                int index = first + k;
                run[k] = block(index, streams[k], (int) Math.min(BLOCK, draws - (long) index * BLOCK), kept, export);
            }
            return run;
        }

        Block block(int index, UniformRandomProvider rng, int n, double[][] kept, boolean export) {
            draw(rng, n);
            if (areaTally != null) {
                areaTally.block(index);
            }
            List<SeriesSet.Group> groups = seriesSet.groups();
            List<SeriesSet.Series> series = seriesSet.series();
            long[] positive = new long[series.size()];
            List<Levels.Level> financiers = levels.financiers();
            long[][] breakEven = new long[financiers.size()][plan.effectYears() + 1];
            double[][] nets = export ? new double[netLevels.size()][n] : null;
            java.util.Arrays.fill(sum, 0);
            java.util.Arrays.fill(squares, 0);
            long[] kpiCounts = new long[kpis.counts()];
            for (int from = 0; from < n; from += CHUNK) {
                chunk(index, from, Math.min(CHUNK, n - from), kept, positive, breakEven, nets, kpiCounts);
            }
            Summary[] summaries = new Summary[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                if (!groups.get(g).constant()) {
                    summaries[g] = Summary.ofSums(n, shift[g], sum[g], squares[g]);
                }
            }
            double[][][] drawn = null;
            if (export) {
                drawn = new double[inputs.length][][];
                for (int i = 0; i < inputs.length; i++) {
                    drawn[i] = new double[inputs[i].length][];
                    for (int y = 0; y < inputs[i].length; y++) {
                        drawn[i][y] = new double[n];
                        samplers.get(i).place(inputs[i], y, 0, drawn[i][y], n);
                    }
                }
            }
            return new Block(index, n, summaries, positive, breakEven, drawn, nets, kpiCounts,
                    areaTally == null ? new AreaTally.BlockSums(n, null, null, null) : areaTally.sums(n));
        }

        /**
         * Evaluates and summarises draws {@code from..from+m-1} of block {@code index}. The chunk and
         * each group are methods of their own, called many times, so the JIT compiles each as a
         * small unit early; one method holding every loop was compiled late, and three times over
         * by on-stack replacement, while the draws ran on slower code (docs/performance.md).
         */
        private void chunk(int index, int from, int m, double[][] kept, long[] positive, long[][] breakEven,
                double[][] nets, long[] kpiCounts) {
            List<SeriesSet.Group> groups = seriesSet.groups();
            boolean export = nets != null;
            evaluate(from, m);
            unfit = !kpiCounter.count(evaluator, from, m, kpiCounts,
                    (input, y, at, into, count) -> samplers.get(input).place(inputs[input], y, at, into, count));
            for (int g = 0; g < groups.size(); g++) {
                group(g, groups.get(g), index, from, m, kept, positive);
            }
            if (unfit) {
                throw refusal((long) index * BLOCK + from, m);
            }
            for (int f = 0; f < netLevels.size(); f++) {
                Levels.Level level = netLevels.get(f);
                if (level.dimension() == Totals.Dimension.FINANCIER) {
                    measures.breakEven(benefits[level.index()], investments[level.index()], column, flows,
                            years, breakEven[f], m);
                }
                if (export) {
                    measures.net(benefits[level.index()], investments[level.index()], column, m);
                    System.arraycopy(column, 0, nets[f], from, m);
                }
            }
        }

        /** Summarises group {@code g} over a chunk and counts, per series of it, the draws where it is positive. */
        private void group(int g, SeriesSet.Group group, int index, int from, int m, double[][] kept, long[] positive) {
            if (!group.constant()) {
                group.values(benefits, investments, column, m);
                summarise(g, from, m);
                if (kept[g] != null) {
                    System.arraycopy(column, 0, kept[g], index * BLOCK + from, m);
                }
            }
            // Series of this group: count the draws where series = group + offset is positive;
            // a threshold outside the chunk's least and greatest value needs no pass.
            int[] of = seriesSet.seriesOf(g);
            double[] limits = thresholds[g];
            for (int k = 0; k < of.length; k++) {
                int i = of[k];
                double threshold = limits[k];
                int count = 0;
                if (group.constant()) {
                    count = threshold < 0 ? m : 0;
                } else if (threshold < least) {
                    count = m;
                } else if (!(threshold >= greatest)) {
                    for (int d = 0; d < m; d++) {
                        count += column[d] > threshold ? 1 : 0;
                    }
                }
                positive[i] += count;
            }
        }

        /**
         * Adds a chunk of group {@code g} (in {@code column}) to the block's sums, shifted by the
         * block's first value, and to its histogram when there is one (one pass: see
         * {@link Histogram#summarise}); notes the chunk's least and greatest value. A NaN or
         * infinity (a division by zero in a formula) leaves them unknown: positives are then counted
         * draw by draw.
         */
        private void summarise(int g, int from, int m) {
            if (from == 0) {
                shift[g] = column[0];
            }
            moments[0] = sum[g];
            moments[1] = squares[g];
            moments[2] = column[0];
            moments[3] = column[0];
            Histogram.summarise(column, m, shift[g], moments, histograms == null ? null : histograms[g]);
            sum[g] = moments[0];
            squares[g] = moments[1];
            least = Double.isFinite(moments[0]) ? moments[2] : Double.NaN;
            greatest = Double.isFinite(moments[0]) ? moments[3] : Double.NaN;
            // A draw whose figure is not a number, or too large to summarise, is refused (see refusal).
            unfit |= !(least >= -CompiledScenario.LARGEST_FIGURE && greatest <= CompiledScenario.LARGEST_FIGURE);
        }

        /**
         * The refusal of the first draw of the evaluated chunk (draws {@code first..first+m-1} of the
         * simulation) in which a figure of the business case (a level's benefits, investments, net,
         * cumulative net or NPV) or a KPI is not a finite number or lies beyond
         * {@link CompiledScenario#LARGEST_FIGURE}: as the exact engine refuses a formula that divides by
         * zero, the simulation refuses the draw, naming the formula (the first value the exact engine
         * checks that is not a number there) and the draw.
         */
        private RefusedDraw refusal(long first, int m) {
            int kpiDraw = kpiCounter.firstUnfit();
            int draw = kpiDraw < 0 ? m : kpiDraw;
            for (SeriesSet.Group group : seriesSet.groups()) {
                if (!group.constant()) {
                    group.values(benefits, investments, column, draw);
                    for (int d = 0; d < draw; d++) {
                        if (!(Math.abs(column[d]) <= CompiledScenario.LARGEST_FIGURE)) {
                            draw = d;
                            break;
                        }
                    }
                }
            }
            draw = draw == m ? 0 : draw;
            return new RefusedDraw(first + draw + 1, evaluator.fault(draw).orElse(null),
                    draw == kpiDraw ? kpiCounter.unfitKpi() : null);
        }
    }
}
