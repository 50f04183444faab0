package nl.impact.engine.sensitivity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.calc.compiled.Fault;
import nl.impact.calc.compiled.InputValues;
import nl.impact.calc.plan.Factor;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Input;
import nl.impact.calc.plan.Plan;
import nl.impact.engine.RunResult;
import nl.impact.engine.simulation.Levels;
import nl.impact.engine.simulation.Measures;
import nl.impact.model.ParameterKind;
import nl.impact.model.Variant;
import nl.impact.model.YearValues;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;

/**
 * One-way sensitivity of a run: for each banded input of the register (a per-year band swings as
 * one), the business case with that input at its minimal-effect and at its maximal-effect value and
 * every other at expected; with a {@link Range}, each unbanded input too, a percentage below and
 * above its value. All of it is columns of the compiled plan: column 0 is the expected case, columns
 * 2i+1 and 2i+2 put input i at its low and at its high value, evaluated {@link #COLUMNS} at a time.
 * Computed once per run and handed to every output that shows it.
 */
public final class Sensitivity {

    /** What a row measures: the undiscounted net over the horizon, or the net present value. */
    public enum Measure {
        NET, NPV;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How an input is swung: between the ends of its band, or by the range around its value. */
    public enum Variation {
        BAND, RANGE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * {@code --sensitivity-range}: every unbanded input swung by {@code percent} below and above its
     * value; {@link #NONE} swings the banded inputs only.
     */
    public record Range(BigDecimal percent) {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
        public static final Range NONE = new Range(BigDecimal.ZERO);

        public Range {
            if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("a range from 0 to 100 percent, got " + percent.toPlainString());
            }
            percent = percent.stripTrailingZeros();
        }

        /** True when unbanded inputs are swung. */
        public boolean on() {
            return percent.signum() > 0;
        }

        /** The factor of the low ({@code -1}) or high ({@code +1}) end: 1 - percent / 100 or 1 + percent / 100. */
        BigDecimal factor(int sign) {
            return BigDecimal.ONE.add(percent.movePointLeft(2).multiply(BigDecimal.valueOf(sign)));
        }
    }

    /**
     * One swung input: its values at the low and the high end (per plan year when given so). A band's
     * ends are its min and max; a range's are the expected value times 1 - and 1 + the percentage,
     * exact (a count may become a fraction: it is a what-if), a fraction kept within 0 to 1.
     */
    public record Case(Input input, Variation variation, YearValues low, YearValues high) {

        public String path() {
            return input.path();
        }

        /** The input's Dutch label, as the register of inputs gives it. */
        public String label() {
            return input.label();
        }
    }

    /**
     * One input's swing for one financier ({@link #TOTAL} for the whole plan) and measure.
     *
     * @param atMin the measure with the input at its low value (its band's min, or the range's low end)
     * @param atMax the measure with the input at its high value
     */
    public record Swing(Case swung, String financier, Measure measure, double atMin, double expected, double atMax) {

        public double swing() {
            return Math.abs(atMax - atMin);
        }

        public Input input() {
            return swung.input();
        }

        public String path() {
            return swung.path();
        }

        public String label() {
            return swung.label();
        }

        public Variation variation() {
            return swung.variation();
        }
    }

    /** The financier column's value for the whole plan: {@code total}, as in every CSV. */
    public static final String TOTAL = "total";

    /**
     * Columns evaluated at a time: the plan's registers take registers x columns numbers, and both
     * grow with the number of kernaanpakken, so all columns at once would take memory that grows
     * with its square (3,000 kernaanpakken ran out of a 1 GB heap).
     */
    static final int COLUMNS = 256;

    private final Range range;
    private final List<Swing> swings;

    private Sensitivity(Range range, List<Swing> swings) {
        this.range = range;
        this.swings = List.copyOf(swings);
    }

    /**
     * The one-way sensitivity of a computed scenario: the banded inputs, and with {@code range} on
     * every unbanded input but a year, a budget line's share of a financier and an area table's cell.
     *
     * @throws InvalidInputException when a case (an input at an end, the others at expected) has a
     *     figure that is not a finite number: a formula that divides by zero there, which the exact
     *     engine, computing only the three variants, never meets. Named with the formula's place and
     *     the case, before anything is written.
     */
    public static Sensitivity of(RunResult result, Range range) throws InvalidInputException {
        Set<Input> swung = swungByRange(result.plan(), range);
        CompiledScenario plan = CompiledScenario.compile(result.plan(), true,
                input -> input.banded() || swung.contains(input));
        List<Case> cases = new ArrayList<>();
        for (CompiledScenario.Input input : plan.inputs()) {
            cases.add(swing(input.registered(), range));
        }
        return new Sensitivity(range, compute(result, plan, cases, range));
    }

    public Range range() {
        return range;
    }

    /**
     * Every swing, grouped by financier (in the scenario's order, then {@link #TOTAL}) and measure,
     * and within a group by swing, largest first (ties by the input's path).
     */
    public List<Swing> swings() {
        return swings;
    }

    /** The swings of one financier (or {@link #TOTAL}) and measure, largest first. */
    public List<Swing> largest(String financier, Measure measure) {
        return swings.stream().filter(s -> s.financier().equals(financier) && s.measure() == measure).toList();
    }

    /**
     * The unbanded inputs a range swings: every one of the register but a year (a start year 10 %
     * later is no what-if), a budget line's share of a financier (the shares add up to one, so one
     * cannot move alone) and an area table's cell (not in {@link nl.impact.calc.plan.Inputs#all}:
     * data per area, thousands of them in a national table).
     */
    private static Set<Input> swungByRange(Plan plan, Range range) {
        Set<Input> swung = new HashSet<>();
        if (!range.on()) {
            return swung;
        }
        Set<Input> shares = new HashSet<>();
        for (Flow flow : plan.flows()) {
            if (flow.share() instanceof Factor.Figure share && share.input() != null) {
                shares.add(share.input());
            }
        }
        for (Input input : plan.inputs().all()) {
            if (!input.banded() && input.kind() != Input.Kind.YEAR && !shares.contains(input)) {
                swung.add(input);
            }
        }
        return swung;
    }

    private static Case swing(Input input, Range range) {
        if (input.banded()) {
            return new Case(input, Variation.BAND, input.values().min(), input.values().max());
        }
        boolean fraction = input.parameter().kind() == ParameterKind.FRACTION;
        YearValues expected = input.values().expected();
        return new Case(input, Variation.RANGE, scaled(expected, range.factor(-1), fraction),
                scaled(expected, range.factor(1), fraction));
    }

    private static YearValues scaled(YearValues values, BigDecimal factor, boolean fraction) {
        UnaryOperator<BigDecimal> scale = v -> {
            BigDecimal out = v.multiply(factor);
            return (fraction && out.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : out).stripTrailingZeros();
        };
        if (values.isConstant()) {
            return YearValues.constant(scale.apply(values.constant()));
        }
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        values.perYear().forEach((year, value) -> out.put(year, scale.apply(value)));
        return YearValues.perYear(out);
    }

    private static List<Swing> compute(RunResult result, CompiledScenario plan, List<Case> cases, Range range)
            throws InvalidInputException {
        Levels levels = new Levels(plan);
        int n = 1 + 2 * cases.size();
        List<Levels.Level> reported = new ArrayList<>(levels.financiers());
        reported.add(levels.total());
        Measure[] measures = Measure.values();
        // results[level][measure][column]: every column's result, computed a chunk of columns at a time.
        double[][][] results = new double[reported.size()][measures.length][n];
        int chunk = Math.min(n, COLUMNS);
        Evaluator evaluator = plan.evaluator(chunk);
        Measures measuring = new Measures(result.scenario());
        int years = plan.effectYears();
        double[][] benefits = new double[years][chunk];
        double[][] investments = new double[years][chunk];
        double[] values = new double[chunk];
        for (int from = 0; from < n; from += chunk) {
            int m = Math.min(chunk, n - from);
            evaluator.evaluate(oneAtATime(plan, cases, from), m);
            for (int l = 0; l < reported.size(); l++) {
                levels.collect(evaluator, reported.get(l), benefits, investments, m);
                for (Measure measure : measures) {
                    if (measure == Measure.NET) {
                        measuring.net(benefits, investments, values, m);
                    } else {
                        measuring.npv(benefits, investments, values, m);
                    }
                    System.arraycopy(values, 0, results[l][measure.ordinal()], from, m);
                }
            }
            for (int c = 0; c < m; c++) {
                for (double[][] level : results) {
                    for (double[] measure : level) {
                        if (!(Math.abs(measure[from + c]) <= CompiledScenario.LARGEST_FIGURE)) {
                            throw refused(result, cases, range, from + c, evaluator.fault(c));
                        }
                    }
                }
            }
        }
        List<Swing> swings = new ArrayList<>();
        for (int l = 0; l < reported.size(); l++) {
            String financier = reported.get(l) == levels.total() ? TOTAL : reported.get(l).key();
            for (Measure measure : measures) {
                double[] of = results[l][measure.ordinal()];
                List<Swing> group = new ArrayList<>();
                for (int i = 0; i < cases.size(); i++) {
                    group.add(new Swing(cases.get(i), financier, measure, of[2 * i + 1], of[0], of[2 * i + 2]));
                }
                group.sort(Comparator.comparingDouble(Swing::swing).reversed().thenComparing(Swing::path));
                swings.addAll(group);
            }
        }
        return swings;
    }

    /** Column {@code column} refused, as a problem at the place of its fault's formula. */
    private static InvalidInputException refused(RunResult result, List<Case> cases, Range range, int column,
            Optional<Fault> fault) {
        String at = column == 0 ? "every parameter at expected" : "with " + describe(cases.get((column - 1) / 2),
                column % 2 == 1, range) + " and every other parameter at expected";
        String where = " " + at + " (the one-way sensitivity, sensitivity.csv)";
        Problems problems = new Problems(result.scenario().file().toString(), result.scenario().sourceMap());
        if (fault.isPresent()) {
            problems.add(fault.get().path(), fault.get().describe() + where + "; " + Fault.ADVICE);
        } else {
            problems.add(column == 0 ? "" : cases.get((column - 1) / 2).path(), "the net or NPV is not a finite number, "
                    + "or beyond " + Fault.number(CompiledScenario.LARGEST_FIGURE) + "," + where);
        }
        return new InvalidInputException(problems.list());
    }

    private static String describe(Case swung, boolean low, Range range) {
        if (swung.variation() == Variation.BAND) {
            return swung.path() + " at its " + (low ? "min" : "max");
        }
        return swung.path() + " " + range.percent().toPlainString() + "% " + (low ? "lower" : "higher")
                + " (--sensitivity-range)";
    }

    /**
     * Columns {@code from..from+n-1} of the analysis: column 0 has every input at expected, column
     * 2i+1 input i at its low and column 2i+2 at its high value.
     */
    private static InputValues oneAtATime(CompiledScenario plan, List<Case> cases, int from) {
        int firstYear = plan.scenario().years().first();
        return (input, yearIndex, column, n) -> {
            Case swung = cases.get(input);
            java.util.Arrays.fill(column, 0, n, plan.value(swung.input().parameter(), Variant.EXPECTED, yearIndex));
            int atLow = 2 * input + 1 - from;
            if (atLow >= 0 && atLow < n) {
                column[atLow] = swung.low().at(firstYear + yearIndex).doubleValue();
            }
            if (atLow + 1 >= 0 && atLow + 1 < n) {
                column[atLow + 1] = swung.high().at(firstYear + yearIndex).doubleValue();
            }
        };
    }
}
