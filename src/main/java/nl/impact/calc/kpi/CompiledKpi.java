package nl.impact.calc.kpi;

/**
 * A KPI calculator's double-precision form for simulations: the same calculation as
 * {@link KpiCalculator#expected}, over a block of draws instead of three variants. With every
 * parameter fixed at a variant it gives that variant's exact value (up to double rounding; tested).
 */
public interface CompiledKpi {

    /** The KPI's value in {@code year}, before any cumulation, for draws {@code 0..n-1}, into {@code into}. */
    void values(DrawnInputs inputs, int year, double[] into, int n);

    /** What one block of draws gives a compiled KPI; the columns returned are read-only. */
    interface DrawnInputs {

        /** The euros of a kernaanpak's effects in a domain in a year, per draw (zero when it has none). */
        double[] effects(String kernaanpak, String domain, int year);

        /** A quantity of a kernaanpak in a year, per draw (zero outside the plan years). */
        double[] quantity(String kernaanpak, String name, int year);

        /** The KPI's number parameter in a year, per draw. */
        double[] number(String name, int year);
    }

    /** The path from a baseline in its year to a target in the target year, as {@link LinearPath}. */
    static double linearPath(double baseline, int baselineYear, double target, int targetYear, int year) {
        if (year <= baselineYear) {
            return baseline;
        }
        if (year >= targetYear) {
            return target;
        }
        return baseline + (target - baseline) * (year - baselineYear) / (targetYear - baselineYear);
    }
}
