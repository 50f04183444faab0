package nl.impact.engine.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.calc.compiled.InputValues;
import nl.impact.engine.RunResult;
import nl.impact.engine.simulation.Levels;
import nl.impact.engine.simulation.Measures;
import nl.impact.model.Parameter;
import nl.impact.model.Variant;

/**
 * One-way sensitivity: for each banded parameter (a per-year band swings as one), the business case
 * with that parameter at its minimal-effect and at its maximal-effect value and every other at
 * expected. All of it is one block of the compiled plan: draw 0 is the expected case, draws 2i+1
 * and 2i+2 put parameter i at min and at max.
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

    private Sensitivity() {
    }

    /**
     * The last result asked for and its swings: a run's CSV, workbook, report and console all show
     * the same analysis, so it is computed once (compared by identity, not by the record's deep equals).
     */
    private static final Object LAST_LOCK = new Object();
    private static RunResult lastResult;
    private static List<Swing> lastSwings;

    /**
     * Every swing, grouped by financier (in the scenario's order, then {@code totaal}) and measure,
     * and within a group by swing, largest first (ties by parameter path).
     */
    public static List<Swing> of(RunResult result) {
        synchronized (LAST_LOCK) {
            if (lastResult != result) {
                lastSwings = compute(result);
                lastResult = result;
            }
            return lastSwings;
        }
    }

    private static List<Swing> compute(RunResult result) {
        CompiledScenario plan = Levels.compile(result);
        Levels levels = new Levels(plan);
        List<CompiledScenario.Input> inputs = plan.inputs();
        int n = 1 + 2 * inputs.size();
        Evaluator evaluator = plan.evaluator(n);
        evaluator.evaluate(oneAtATime(plan), n);
        Measures measures = new Measures(result.scenario());
        int years = plan.effectYears();
        double[][] benefits = new double[years][n];
        double[][] investments = new double[years][n];
        double[] values = new double[n];
        List<Levels.Level> reported = new ArrayList<>(levels.financiers());
        reported.add(levels.total());
        List<Swing> swings = new ArrayList<>();
        for (Levels.Level level : reported) {
            levels.collect(evaluator, level, benefits, investments, n);
            String financier = level == levels.total() ? TOTAL : level.key();
            for (Measure measure : Measure.values()) {
                if (measure == Measure.NET) {
                    measures.net(benefits, investments, values, n);
                } else {
                    measures.npv(benefits, investments, values, n);
                }
                List<Swing> group = new ArrayList<>();
                for (CompiledScenario.Input input : inputs) {
                    int i = input.index();
                    group.add(new Swing(input.parameter(), financier, measure, values[2 * i + 1], values[0],
                            values[2 * i + 2]));
                }
                group.sort(Comparator.comparingDouble(Swing::swing).reversed()
                        .thenComparing(s -> s.parameter().path()));
                swings.addAll(group);
            }
        }
        return List.copyOf(swings);
    }

    /** The swings of the whole plan's net over the horizon, largest first. */
    public static List<Swing> largest(List<Swing> swings, String financier, Measure measure) {
        return swings.stream().filter(s -> s.financier().equals(financier) && s.measure() == measure).toList();
    }

    private static InputValues oneAtATime(CompiledScenario plan) {
        List<CompiledScenario.Input> inputs = plan.inputs();
        return (input, yearIndex, column, n) -> {
            Parameter p = inputs.get(input).parameter();
            java.util.Arrays.fill(column, 0, n, plan.value(p, Variant.EXPECTED, yearIndex));
            column[2 * input + 1] = plan.value(p, Variant.MIN, yearIndex);
            column[2 * input + 2] = plan.value(p, Variant.MAX, yearIndex);
        };
    }
}
