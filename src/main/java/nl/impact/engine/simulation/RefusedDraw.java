package nl.impact.engine.simulation;

import nl.impact.calc.compiled.Fault;

/**
 * A draw the simulation refuses, thrown by the thread that computes it: a figure of the business
 * case or a KPI is not a finite number in it. {@link Simulation#run} turns it into invalid input
 * with the place of {@code fault} (the formula), or of the KPI.
 *
 * @param draw the draw's number, from 1
 * @param fault the first value the exact engine checks that is not a number in the draw, or null
 * @param kpi the KPI that is not a number in the draw, or null
 */
final class RefusedDraw extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final long draw;
    final transient Fault fault;
    final transient KpiProbabilities.UnfitKpi kpi;

    RefusedDraw(long draw, Fault fault, KpiProbabilities.UnfitKpi kpi) {
        super("draw " + draw + " is refused", null, false, false);
        this.draw = draw;
        this.fault = fault;
        this.kpi = kpi;
    }
}
