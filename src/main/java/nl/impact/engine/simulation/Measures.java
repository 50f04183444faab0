package nl.impact.engine.simulation;

import nl.impact.model.Scenario;

/**
 * The measures of a level per draw, from its benefits and investments per effect year: net over
 * the horizon, net present value at the scenario's discount rate (the first plan year counts in
 * full, as in the exact business case), cumulative net and the break-even year.
 */
public final class Measures {

    private final double[] discount;
    private final int firstYear;

    public Measures(Scenario scenario) {
        this.firstYear = scenario.years().first();
        int years = scenario.years().effectsUntil() - firstYear + 1;
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

    /** The first year whose cumulative net is zero or more, per draw; 0 when it never is. */
    public void breakEven(double[][] benefits, double[][] investments, int[] into, int n) {
        for (int d = 0; d < n; d++) {
            double cumulative = 0;
            int year = 0;
            for (int y = 0; y < benefits.length; y++) {
                cumulative += benefits[y][d] - investments[y][d];
                if (cumulative >= 0) {
                    year = firstYear + y;
                    break;
                }
            }
            into[d] = year;
        }
    }
}
