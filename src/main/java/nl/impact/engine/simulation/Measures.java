package nl.impact.engine.simulation;

import nl.impact.model.Scenario;

/**
 * The measures of a level per draw, from its benefits and investments per effect year: net over
 * the horizon, net present value at the scenario's discount rate (the first plan year counts in
 * full, as in the exact business case), cumulative net and the break-even year (by the rule of
 * {@link nl.impact.engine.BreakEven}).
 */
public final class Measures {

    private final double[] discount;

    public Measures(Scenario scenario) {
        int years = scenario.years().effectsUntil() - scenario.years().first() + 1;
        this.discount = new double[years];
        double growth = 1 + scenario.discountRate().doubleValue();
        for (int y = 0; y < years; y++) {
            discount[y] = 1 / Math.pow(growth, y);
        }
    }

    /** The undiscounted net over every effect year, per draw. */
    public void net(double[][] benefits, double[][] investments, double[] into, int n) {
        java.util.Arrays.fill(into, 0, n, 0);
        for (int y = 0; y < benefits.length; y++) {
            for (int d = 0; d < n; d++) {
                into[d] += benefits[y][d] - investments[y][d];
            }
        }
    }

    /** The net present value per draw. */
    public void npv(double[][] benefits, double[][] investments, double[] into, int n) {
        java.util.Arrays.fill(into, 0, n, 0);
        for (int y = 0; y < benefits.length; y++) {
            double factor = discount[y];
            for (int d = 0; d < n; d++) {
                into[d] += (benefits[y][d] - investments[y][d]) * factor;
            }
        }
    }

    /**
     * Counts per draw the break-even year into {@code counts} (index from the first year; the last
     * index counts the draws without one), by the rule of {@link nl.impact.engine.BreakEven}: the
     * year after the last one whose cumulative net is below zero (the first year when none is);
     * none when the last year's is below zero or when no benefit or investment differs from zero.
     * A cumulative net that is not a number counts as below zero. Year by year over whole columns,
     * without a branch per draw; {@code cumulative}, {@code flows} and {@code years} are scratch
     * columns of at least {@code n}.
     */
    public void breakEven(double[][] benefits, double[][] investments, double[] cumulative, double[] flows,
            int[] years, long[] counts, int n) {
        int never = benefits.length;
        java.util.Arrays.fill(cumulative, 0, n, 0);
        java.util.Arrays.fill(flows, 0, n, 0);
        java.util.Arrays.fill(years, 0, n, 0);
        for (int y = 0; y < benefits.length; y++) {
            double[] b = benefits[y];
            double[] i = investments[y];
            int next = y + 1;
            for (int d = 0; d < n; d++) {
                double c = cumulative[d] + (b[d] - i[d]);
                cumulative[d] = c;
                flows[d] += Math.abs(b[d]) + Math.abs(i[d]);
                years[d] = c >= 0 ? years[d] : next;
            }
        }
        for (int d = 0; d < n; d++) {
            counts[flows[d] == 0 ? never : years[d]]++;
        }
    }
}
