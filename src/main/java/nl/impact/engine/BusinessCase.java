package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.impact.model.Band;
import nl.impact.model.BudgetLine;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;

/**
 * The net business case: benefits (the effects) against investments (the begroting), per financier,
 * per kernaanpak and in all, year by year over the effect years. Flows stay undiscounted here;
 * {@link BusinessCaseMetrics} discounts when a report asks for a present value.
 */
public final class BusinessCase {

    public static final String PROGRAMME_LABEL = "Programma (programmabreed)";

    private BusinessCase() {
    }

    /**
     * Every financier (the domains', then those only the begroting declares), every kernaanpak (then
     * {@code programma} when there are programme-wide lines) and the total.
     */
    public static List<NetFlow> of(RunResult result) {
        YearRange years = result.scenario().years();
        List<NetFlow> flows = new ArrayList<>();
        for (String financier : result.scenario().allFinanciers()) {
            flows.add(flow(result, years, Totals.Dimension.FINANCIER, financier, financier,
                    e -> e.financier().equals(financier), i -> i.financier().equals(financier)));
        }
        Map<String, String> kernaanpakken = new LinkedHashMap<>();
        result.scenario().kernaanpakken().forEach(k -> kernaanpakken.put(k.id(), k.name()));
        if (result.investments().anyMatch(i -> i.kernaanpak().equals(BudgetLine.PROGRAMME))) {
            kernaanpakken.put(BudgetLine.PROGRAMME, PROGRAMME_LABEL);
        }
        kernaanpakken.forEach((id, name) -> flows.add(flow(result, years, Totals.Dimension.KERNAANPAK, id, name,
                e -> e.kernaanpak().equals(id), i -> i.kernaanpak().equals(id))));
        flows.add(flow(result, years, Totals.Dimension.TOTAL, "total", "Totaal", e -> true, i -> true));
        return flows;
    }

    private static NetFlow flow(RunResult result, YearRange years, Totals.Dimension dimension, String key,
            String label, Predicate<EffectResult> effects, Predicate<Investment> investments) {
        Band<YearSeries> benefits = Totals.sum(result.effects().filter(effects).toList()).map(s -> fill(s, years));
        List<Investment> paid = result.investments().filter(investments).toList();
        Band<YearSeries> invested = Band.from((Variant v) -> fill(paid.stream().map(i -> i.values().get(v))
                .reduce(YearSeries.empty(), YearSeries::plus), years));
        Band<YearSeries> net = Band.from((Variant v) -> minus(benefits.get(v), invested.get(v)));
        return new NetFlow(dimension, key, label, benefits, invested, net, net.map(BusinessCase::cumulative));
    }

    /** The series over every effect year, zero where it has no value. */
    private static YearSeries fill(YearSeries series, YearRange years) {
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        years.effectYears().forEach(y -> out.put(y, series.at(y)));
        return new YearSeries(out);
    }

    private static YearSeries minus(YearSeries a, YearSeries b) {
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        a.values().forEach((year, v) -> out.put(year, v.subtract(b.at(year))));
        return new YearSeries(out);
    }

    private static YearSeries cumulative(YearSeries series) {
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        BigDecimal running = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> e : series.values().entrySet()) {
            running = running.add(e.getValue());
            out.put(e.getKey(), running);
        }
        return new YearSeries(out);
    }
}
