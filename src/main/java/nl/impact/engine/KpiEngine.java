package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.impact.calc.formula.FormulaException;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.calc.formula.YearContext;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.calc.kpi.KpiContext;
import nl.impact.calc.kpi.KpiException;
import nl.impact.calc.kpi.KpiFormula;
import nl.impact.model.Accumulation;
import nl.impact.model.Band;
import nl.impact.model.Kpi;
import nl.impact.model.Parameter;
import nl.impact.model.Paths;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;
import nl.impact.model.YearValues;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;

/**
 * Evaluates a computed scenario's KPIs from their one definition, a {@link KpiFormula} (written in
 * the scenario, or by the KPI's calculator): exactly, per variant and year, cumulated when a KPI
 * counts cumulatively and its values are flows. The simulation compiles the same formula. Every KPI
 * that cannot be computed is reported, located in the scenario.
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
            KpiCalculator.Values values = values(kpi, calculators);
            if (values == KpiCalculator.Values.NONE) {
                results.add(new KpiResult(kpi, null));
                continue;
            }
            try {
                KpiFormula formula = definition(kpi, run, calculators);
                Band<YearSeries> yearly = exact(kpi, formula, run).map(s -> heldUntil(s, kpi.lastYear()));
                boolean cumulate = values == KpiCalculator.Values.FLOW && kpi.accumulation() == Accumulation.CUMULATIVE;
                results.add(new KpiResult(kpi, cumulate ? yearly.map(KpiEngine::runningTotal) : yearly));
            } catch (KpiException e) {
                problems.add(e.path(), e.getMessage());
            }
        }
        problems.throwIfAny();
        return run.withKpis(results);
    }

    /**
     * What a KPI's yearly values are: a formula written in the scenario gives flows (a cumulative KPI
     * adds them up), a calculator says.
     */
    public static KpiCalculator.Values values(Kpi kpi, KpiCalculatorRegistry calculators) {
        return kpi.isFormula() ? KpiCalculator.Values.FLOW : calculator(kpi, calculators).values();
    }

    /**
     * The one definition of a KPI with a model value: the formula the scenario writes with its names,
     * or the one its calculator writes from its parameters.
     */
    public static KpiFormula definition(Kpi kpi, RunResult run, KpiCalculatorRegistry calculators)
            throws KpiException {
        if (!kpi.isFormula()) {
            return calculator(kpi, calculators).formula(new Context(kpi, run.scenario()));
        }
        String at = Paths.child(kpi.path(), "formula");
        Map<String, KpiFormula.Term> names = new LinkedHashMap<>();
        kpi.selections().forEach((name, selection) -> names.put(name, new KpiFormula.Selection(selection)));
        kpi.parameters().forEach((name, p) -> names.put(name, new KpiFormula.Number(p, p.path())));
        try {
            return new KpiFormula(FormulaExpression.parse(kpi.formula()), names);
        } catch (FormulaException | IllegalArgumentException e) {
            // The reader checked the formula and its names; this is only reached if it did not.
            throw new KpiException(at, e.getMessage());
        }
    }

    /**
     * The formula's exact value per variant, in every year from {@code years.first} to its last year
     * ({@link KpiFormula#lastYear}), before any cumulation.
     */
    public static Band<YearSeries> exact(Kpi kpi, KpiFormula formula, RunResult run) throws KpiException {
        Scenario scenario = run.scenario();
        int first = scenario.years().first();
        int last = formula.lastYear(scenario.years().effectsUntil(), kpi.lastYear());
        Map<String, Band<YearSeries>> values = new HashMap<>();
        for (Map.Entry<String, KpiFormula.Term> name : formula.names().entrySet()) {
            values.put(name.getKey(), term(name.getValue(), run, first, last));
        }
        String at = kpi.isFormula() ? Paths.child(kpi.path(), "formula") : kpi.path();
        List<YearSeries> perVariant = new ArrayList<>();
        for (Variant v : Variant.values()) {
            SortedMap<Integer, BigDecimal> yearly = new TreeMap<>();
            for (int year = first; year <= last; year++) {
                int y = year;
                YearContext ctx = new YearContext() {
                    @Override
                    public int year() {
                        return y;
                    }

                    @Override
                    public int firstYear() {
                        return first;
                    }

                    @Override
                    public BigDecimal value(String name, int inYear) {
                        return values.get(name).get(v).at(inYear);
                    }
                };
                try {
                    yearly.put(year, formula.expression().evaluate(ctx));
                } catch (FormulaException e) {
                    throw new KpiException(at, e.getMessage());
                }
            }
            perVariant.add(new YearSeries(yearly));
        }
        return new Band<>(perVariant.get(0), perVariant.get(1), perVariant.get(2));
    }

    /** A name's values per variant from {@code first} to {@code last}. */
    private static Band<YearSeries> term(KpiFormula.Term term, RunResult run, int first, int last)
            throws KpiException {
        if (term instanceof KpiFormula.Selection s) {
            return KpiSelections.total(s.selection(), run);
        }
        if (term instanceof KpiFormula.Constant c) {
            SortedMap<Integer, BigDecimal> same = new TreeMap<>();
            for (int year = first; year <= last; year++) {
                same.put(year, c.value());
            }
            return Band.of(new YearSeries(same));
        }
        KpiFormula.Number number = (KpiFormula.Number) term;
        List<YearSeries> perVariant = new ArrayList<>();
        for (Variant v : Variant.values()) {
            YearValues given = number.parameter().values().get(v);
            SortedMap<Integer, BigDecimal> series = new TreeMap<>();
            for (int year = first; year <= last; year++) {
                if (!given.hasYear(year)) {
                    throw new KpiException(number.path(), "no value for " + year + ": a KPI is computed up to "
                            + last + ", so give one value for all years (value or min/max)");
                }
                series.put(year, given.at(year));
            }
            perVariant.add(new YearSeries(series));
        }
        return new Band<>(perVariant.get(0), perVariant.get(1), perVariant.get(2));
    }

    private static KpiCalculator calculator(Kpi kpi, KpiCalculatorRegistry calculators) {
        return calculators.find(kpi.calculator()).orElseThrow(
                () -> new IllegalStateException("KPI calculator '" + kpi.calculator() + "' vanished"));
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

    /** What a calculator of a KPI sees while it writes the KPI's formula. */
    private record Context(Kpi kpi, Scenario scenario) implements KpiContext {

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
