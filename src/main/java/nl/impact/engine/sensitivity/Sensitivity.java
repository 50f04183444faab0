package nl.impact.engine.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.calc.compiled.Fault;
import nl.impact.calc.compiled.InputValues;
import nl.impact.engine.RunResult;
import nl.impact.engine.simulation.Levels;
import nl.impact.engine.simulation.Measures;
import nl.impact.model.Parameter;
import nl.impact.model.Variant;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;

/**
 * One-way sensitivity: for each banded parameter (a per-year band swings as one), the business case
 * with that parameter at its minimal-effect and at its maximal-effect value and every other at
 * expected. All of it is columns of the compiled plan: column 0 is the expected case, columns 2i+1
 * and 2i+2 put parameter i at min and at max, evaluated {@link #COLUMNS} at a time.
 */
public final class Sensitivity {

    /** What a row measures: the undiscounted net over the horizon, or the net present value. */
    public enum Measure {
        NET, NPV;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One parameter's swing for one financier ({@code totaal} for the whole plan) and measure.
     *
     * @param financier a financier, or {@link #TOTAL}
     */
    public record Swing(Parameter parameter, String financier, Measure measure, double atMin, double expected,
            double atMax) {

        public double swing() {
            return Math.abs(atMax - atMin);
        }
    }

    /** The financier column's value for the whole plan. */
    public static final String TOTAL = "totaal";

    /**
     * Columns evaluated at a time: the plan's registers take registers x columns numbers, and both
     * grow with the number of kernaanpakken, so all columns at once would take memory that grows
     * with its square (3,000 kernaanpakken ran out of a 1 GB heap).
     */
    static final int COLUMNS = 256;

    private Sensitivity() {
    }

    /**
     * The last result asked for and its swings: a run's CSV, workbook, report and console all show
     * the same analysis, so it is computed once (compared by identity, not by the record's deep equals).
     */
    private static final Object LAST_LOCK = new Object();
    private static RunResult lastResult;
    private static Analysis lastAnalysis;

    /** The swings, or the case that cannot be computed (then {@code swings} is empty). */
    private record Analysis(List<Swing> swings, InvalidInputException refused) {
    }

    /**
     * Every swing, grouped by financier (in the scenario's order, then {@code totaal}) and measure,
     * and within a group by swing, largest first (ties by parameter path). Call {@link #check} first.
     */
    public static List<Swing> of(RunResult result) {
        Analysis analysis = analysis(result);
        if (analysis.refused() != null) {
            throw new IllegalStateException("the one-way sensitivity was not checked: " + analysis.refused().getMessage());
        }
        return analysis.swings();
    }

    /**
     * Refuses, as invalid input, a scenario whose one-way sensitivity has a case (a parameter at an
     * end of its band, the others at expected) in which a figure is not a finite number: a formula
     * that divides by zero there, which the exact engine, computing only the three variants, never
     * meets. Named with the formula's place and the case, before anything is written.
     */
    public static void check(RunResult result) throws InvalidInputException {
        Analysis analysis = analysis(result);
        if (analysis.refused() != null) {
            throw analysis.refused();
        }
    }

    private static Analysis analysis(RunResult result) {
        synchronized (LAST_LOCK) {
            if (lastResult != result) {
                lastAnalysis = compute(result);
                lastResult = result;
            }
            return lastAnalysis;
        }
    }

    private static Analysis compute(RunResult result) {
        CompiledScenario plan = Levels.compile(result);
        Levels levels = new Levels(plan);
        List<CompiledScenario.Input> inputs = plan.inputs();
        int n = 1 + 2 * inputs.size();
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
            evaluator.evaluate(oneAtATime(plan, from), m);
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
                            return new Analysis(List.of(), refused(result, inputs, from + c, evaluator.fault(c)));
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
                for (CompiledScenario.Input input : inputs) {
                    int i = input.index();
                    group.add(new Swing(input.parameter(), financier, measure, of[2 * i + 1], of[0], of[2 * i + 2]));
                }
                group.sort(Comparator.comparingDouble(Swing::swing).reversed()
                        .thenComparing(sw -> sw.parameter().path()));
                swings.addAll(group);
            }
        }
        return new Analysis(List.copyOf(swings), null);
    }

    /** Column {@code column} refused, as a problem at the place of its fault's formula. */
    private static InvalidInputException refused(RunResult result, List<CompiledScenario.Input> inputs, int column,
            Optional<Fault> fault) {
        String at = column == 0 ? "every parameter at expected"
                : "with " + inputs.get((column - 1) / 2).path() + " at its " + (column % 2 == 1 ? "min" : "max")
                        + " and every other parameter at expected";
        String where = " " + at + " (the one-way sensitivity, sensitivity.csv)";
        Problems problems = new Problems(result.scenario().file().toString(), result.scenario().sourceMap());
        if (fault.isPresent()) {
            problems.add(fault.get().path(), fault.get().describe() + where + "; " + Fault.ADVICE);
        } else {
            problems.add(column == 0 ? "" : inputs.get((column - 1) / 2).path(), "the net or NPV is not a finite number, "
                    + "or beyond " + Fault.number(CompiledScenario.LARGEST_FIGURE) + "," + where);
        }
        return new InvalidInputException(problems.list());
    }

    /** The swings of the whole plan's net over the horizon, largest first. */
    public static List<Swing> largest(List<Swing> swings, String financier, Measure measure) {
        return swings.stream().filter(s -> s.financier().equals(financier) && s.measure() == measure).toList();
    }

    /**
     * Columns {@code from..from+n-1} of the analysis: column 0 has every input at expected, column
     * 2i+1 input i at min and column 2i+2 at max.
     */
    private static InputValues oneAtATime(CompiledScenario plan, int from) {
        List<CompiledScenario.Input> inputs = plan.inputs();
        return (input, yearIndex, column, n) -> {
            Parameter p = inputs.get(input).parameter();
            java.util.Arrays.fill(column, 0, n, plan.value(p, Variant.EXPECTED, yearIndex));
            int atMin = 2 * input + 1 - from;
            if (atMin >= 0 && atMin < n) {
                column[atMin] = plan.value(p, Variant.MIN, yearIndex);
            }
            if (atMin + 1 >= 0 && atMin + 1 < n) {
                column[atMin + 1] = plan.value(p, Variant.MAX, yearIndex);
            }
        };
    }
}
