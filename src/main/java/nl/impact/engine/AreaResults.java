package nl.impact.engine;

import java.math.BigDecimal;
import java.util.List;
import nl.impact.model.AreaTable;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;

/**
 * The business case per area and per gemeente of a scenario with an area table. Each flow holds,
 * per financier, variant and effect year, the benefits and the investments that arise in it; the
 * investments are those of budget lines priced per unit of a kernaanpak's quantity (programme-wide
 * lines belong to no area). See docs/areas.md.
 *
 * @param financiers the scenario's financiers; the municipal one is each area's own gemeente
 */
public record AreaResults(AreaTable table, YearRange years, List<String> financiers, List<AreaFlow> areas,
        List<AreaFlow> gemeenten) {

    /** What a value is: a benefit or an investment. */
    public enum Measure { BENEFITS, INVESTMENTS }

    /** The number of values a flow holds. */
    public static int size(int financiers, YearRange years) {
        return 2 * financiers * Variant.values().length * effectYears(years);
    }

    public int index(Measure measure, int financier, Variant variant, int year) {
        int e = effectYears(years);
        return ((measure.ordinal() * financiers.size() + financier) * Variant.values().length + variant.ordinal()) * e
                + (year - years.first());
    }

    public BigDecimal value(AreaFlow flow, Measure measure, int financier, Variant variant, int year) {
        return flow.value(index(measure, financier, variant, year));
    }

    /** {@link #value} in double precision, for a computed flow's figures. */
    public double approximate(AreaFlow flow, Measure measure, int financier, Variant variant, int year) {
        return flow.approximate(index(measure, financier, variant, year));
    }

    /** Benefits minus investments of one financier. */
    public BigDecimal net(AreaFlow flow, int financier, Variant variant, int year) {
        if (!flow.isExact()) {
            return AreaFlow.decimal(approximate(flow, Measure.BENEFITS, financier, variant, year)
                    - approximate(flow, Measure.INVESTMENTS, financier, variant, year));
        }
        return value(flow, Measure.BENEFITS, financier, variant, year)
                .subtract(value(flow, Measure.INVESTMENTS, financier, variant, year));
    }

    /** One measure over every financier (or net, when {@code measure} is null) in one year. */
    public BigDecimal all(AreaFlow flow, Measure measure, Variant variant, int year) {
        if (!flow.isExact()) {
            return AreaFlow.decimal(approximateAll(flow, measure, variant, year));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int f = 0; f < financiers.size(); f++) {
            sum = sum.add(measure == null ? net(flow, f, variant, year) : value(flow, measure, f, variant, year));
        }
        return sum;
    }

    /** One measure (or net) over every financier and effect year. */
    public BigDecimal total(AreaFlow flow, Measure measure, Variant variant) {
        if (!flow.isExact()) {
            double sum = 0;
            for (int y = years.first(); y <= years.effectsUntil(); y++) {
                sum += approximateAll(flow, measure, variant, y);
            }
            return AreaFlow.decimal(sum);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int y = years.first(); y <= years.effectsUntil(); y++) {
            sum = sum.add(all(flow, measure, variant, y));
        }
        return sum;
    }

    /** {@link #all} in double precision, for a computed flow's figures. */
    public double approximateAll(AreaFlow flow, Measure measure, Variant variant, int year) {
        double sum = 0;
        for (int f = 0; f < financiers.size(); f++) {
            double benefits = approximate(flow, Measure.BENEFITS, f, variant, year);
            double investments = approximate(flow, Measure.INVESTMENTS, f, variant, year);
            sum += measure == null ? benefits - investments : measure == Measure.BENEFITS ? benefits : investments;
        }
        return sum;
    }

    /** A financier's name for one area or gemeente: the municipal financier becomes its gemeente. */
    public String financier(int financier, AreaFlow flow) {
        String name = financiers.get(financier);
        return name.equals(table.municipalFinancier()) ? table.gemeenteFinancier(flow.gemeente()) : name;
    }

    private static int effectYears(YearRange years) {
        return years.effectsUntil() - years.first() + 1;
    }
}
