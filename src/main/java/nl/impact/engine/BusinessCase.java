package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.impact.model.Band;
import nl.impact.model.BudgetLine;
import nl.impact.model.EffectResult;
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
        List<EffectResult> allEffects = result.effects().toList();
        List<Investment> allInvestments = result.investments().toList();
        Map<String, List<EffectResult>> effectsByFinancier = Totals.byKey(allEffects, EffectResult::financier);
        Map<String, List<Investment>> investmentsByFinancier = Totals.byKey(allInvestments, Investment::financier);
        List<NetFlow> flows = new ArrayList<>();
        Map<String, Band<YearSeries>> settled = settlements(result);
        for (String financier : result.scenario().allFinanciers()) {
            flows.add(flow(years, Totals.Dimension.FINANCIER, financier, financier,
                    effectsByFinancier.getOrDefault(financier, List.of()),
                    investmentsByFinancier.getOrDefault(financier, List.of()), settled.get(financier)));
        }
        Map<String, String> kernaanpakken = new LinkedHashMap<>();
        result.scenario().kernaanpakken().forEach(k -> kernaanpakken.put(k.id(), k.name()));
        if (allInvestments.stream().anyMatch(i -> i.kernaanpak().equals(BudgetLine.PROGRAMME))) {
            kernaanpakken.put(BudgetLine.PROGRAMME, PROGRAMME_LABEL);
        }
        Map<String, List<EffectResult>> effectsByKernaanpak = Totals.byKey(allEffects, EffectResult::kernaanpak);
        Map<String, List<Investment>> investmentsByKernaanpak = Totals.byKey(allInvestments, Investment::kernaanpak);
        kernaanpakken.forEach((id, name) -> flows.add(flow(years, Totals.Dimension.KERNAANPAK, id, name,
                effectsByKernaanpak.getOrDefault(id, List.of()), investmentsByKernaanpak.getOrDefault(id, List.of()),
                null)));
        flows.add(flow(years, Totals.Dimension.TOTAL, "total", "Totaal", allEffects, allInvestments, null));
        return flows;
    }

    /**
     * Per financier, what its settlements move to it (received minus paid), per variant and year: a
     * settlement's flows go to their financier and come from their payer. Financiers without one are absent.
     */
    private static Map<String, Band<YearSeries>> settlements(RunResult result) {
        Map<String, Band<YearSeries>> out = new java.util.HashMap<>();
        for (FlowValues flow : result.flows()) {
            if (flow.flow().kind() != nl.impact.calc.plan.Flow.Kind.SETTLEMENT) {
                continue;
            }
            Band<YearSeries> moved = flow.euros();
            out.merge(flow.flow().financier(), moved, BusinessCase::plus);
            out.merge(flow.flow().payer(), moved.map(BusinessCase::negated), BusinessCase::plus);
        }
        return out;
    }

    /**
     * @param settled what settlements move to the financier (received minus paid), or null when nothing:
     *     a kernaanpak and the plan as a whole settle nothing (the plan's settlements add up to zero)
     */
    private static NetFlow flow(YearRange years, Totals.Dimension dimension, String key, String label,
            List<EffectResult> effects, List<Investment> paid, Band<YearSeries> settled) {
        Band<YearSeries> benefits = Totals.sum(effects).map(s -> fill(s, years));
        Band<YearSeries> invested = Band.from((Variant v) -> fill(paid.stream().map(i -> i.values().get(v))
                .reduce(YearSeries.empty(), YearSeries::plus), years));
        Band<YearSeries> settlements = settled == null ? Band.of(fill(YearSeries.empty(), years))
                : settled.map(s -> fill(s, years));
        Band<YearSeries> net = Band.from((Variant v) -> minus(benefits.get(v), invested.get(v))
                .plus(settlements.get(v)));
        return new NetFlow(dimension, key, label, benefits, invested, settlements, net,
                net.map(BusinessCase::cumulative));
    }

    private static Band<YearSeries> plus(Band<YearSeries> a, Band<YearSeries> b) {
        return Band.from((Variant v) -> a.get(v).plus(b.get(v)));
    }

    private static YearSeries negated(YearSeries series) {
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        series.values().forEach((year, v) -> out.put(year, v.negate()));
        return new YearSeries(out);
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
