package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.calc.kpi.KpiContext;
import nl.impact.calc.kpi.KpiException;
import nl.impact.model.Accumulation;
import nl.impact.model.Band;
import nl.impact.model.CapacityResult;
import nl.impact.model.EffectResult;
import nl.impact.model.Kpi;
import nl.impact.model.Parameter;
import nl.impact.model.Paths;
import nl.impact.model.QuantityResult;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;
import nl.impact.model.YearValues;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;

/**
 * Evaluates a computed scenario's KPIs: each calculator's expected value per variant and year,
 * cumulated when a KPI counts cumulatively and its calculator gives flows. Every KPI that cannot be
 * computed is reported, located in the scenario.
 */
public final class KpiEngine {

    private final KpiCalculatorRegistry calculators;

    public KpiEngine(KpiCalculatorRegistry calculators) {
        this.calculators = calculators;
    }

    public RunResult evaluate(RunResult run) throws InvalidInputException {
        Problems problems = new Problems(run.scenario().file().toString(), run.scenario().sourceMap());
        List<KpiResult> results = new ArrayList<>();
        for (Kpi kpi : run.scenario().kpis()) {
            KpiCalculator calculator = calculators.find(kpi.calculator()).orElseThrow(
                    () -> new IllegalStateException("KPI calculator '" + kpi.calculator() + "' vanished"));
            if (calculator.values() == KpiCalculator.Values.NONE) {
                results.add(new KpiResult(kpi, null));
                continue;
            }
            try {
                Band<YearSeries> yearly = calculator.expected(new Context(kpi, run)).map(s -> heldUntil(s,
                        kpi.lastYear()));
                boolean cumulate = calculator.values() == KpiCalculator.Values.FLOW
                        && kpi.accumulation() == Accumulation.CUMULATIVE;
                results.add(new KpiResult(kpi, cumulate ? yearly.map(KpiEngine::runningTotal) : yearly));
            } catch (KpiException e) {
                problems.add(e.path(), e.getMessage());
            }
        }
        problems.throwIfAny();
        return run.withKpis(results);
    }

    /** What a calculator of {@code kpi} sees of a computed scenario: for its compiled form in a simulation. */
    public static KpiContext context(Kpi kpi, RunResult run) {
        return new Context(kpi, run);
    }

    /**
     * A KPI that runs beyond the years its calculator gives (a flow of effects ends at
     * years.effectsUntil) holds the last year's value up to its own last year: the effect reached
     * is taken to last, so a cumulative KPI keeps adding it. Trajectory calculators give every year
     * themselves, and a calculator's value beyond the KPI's last year is left out.
     */
    static YearSeries heldUntil(YearSeries yearly, int lastYear) {
        if (yearly.values().isEmpty()) {
            return yearly;
        }
        SortedMap<Integer, BigDecimal> held = new TreeMap<>(yearly.values().headMap(lastYear + 1));
        if (held.isEmpty()) {
            return new YearSeries(held);
        }
        BigDecimal last = held.get(held.lastKey());
        for (int year = held.lastKey() + 1; year <= lastYear; year++) {
            held.put(year, last);
        }
        return new YearSeries(held);
    }

    /** The running total from the first year: the plan's "cumulatief". */
    static YearSeries runningTotal(YearSeries yearly) {
        SortedMap<Integer, BigDecimal> total = new TreeMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (var entry : yearly.values().entrySet()) {
            sum = sum.add(entry.getValue());
            total.put(entry.getKey(), sum);
        }
        return new YearSeries(total);
    }

    private record Context(Kpi kpi, RunResult run) implements KpiContext {

        @Override
        public Scenario scenario() {
            return run.scenario();
        }

        @Override
        public Stream<EffectResult> effects() {
            return run.effects();
        }

        @Override
        public Stream<QuantityResult> quantities() {
            return run.quantities();
        }

        @Override
        public Stream<CapacityResult> capacity() {
            return run.capacity();
        }

        @Override
        public Optional<BigDecimal> number(String name, Variant variant, int year) throws KpiException {
            Parameter p = kpi.parameters().get(name);
            if (p == null) {
                return Optional.empty();
            }
            YearValues values = p.values().get(variant);
            if (!values.hasYear(year)) {
                throw new KpiException(path(name), "no value for " + year + ": a KPI is computed up to "
                        + kpi.lastYear() + ", so give one value for all years (value or min/max)");
            }
            return Optional.of(values.at(year));
        }

        @Override
        public boolean has(String name) {
            return kpi.parameters().containsKey(name) || kpi.texts().containsKey(name);
        }

        @Override
        public List<String> texts(String name) {
            return kpi.texts().getOrDefault(name, List.of());
        }

        @Override
        public String path(String name) {
            return Paths.child(kpi.path(), name);
        }
    }
}
