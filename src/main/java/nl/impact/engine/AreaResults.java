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
        return flow.values()[index(measure, financier, variant, year)];
    }

    /** Benefits minus investments of one financier. */
    public BigDecimal net(AreaFlow flow, int financier, Variant variant, int year) {
        return value(flow, Measure.BENEFITS, financier, variant, year)
                .subtract(value(flow, Measure.INVESTMENTS, financier, variant, year));
    }

    /** One measure over every financier (or net, when {@code measure} is null) in one year. */
    public BigDecimal all(AreaFlow flow, Measure measure, Variant variant, int year) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int f = 0; f < financiers.size(); f++) {
            sum = sum.add(measure == null ? net(flow, f, variant, year) : value(flow, measure, f, variant, year));
        }
        return sum;
    }

    /** One measure (or net) over every financier and effect year. */
    public BigDecimal total(AreaFlow flow, Measure measure, Variant variant) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int y = years.first(); y <= years.effectsUntil(); y++) {
            sum = sum.add(all(flow, measure, variant, y));
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
