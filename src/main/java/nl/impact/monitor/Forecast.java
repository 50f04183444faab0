package nl.impact.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.calc.plan.Flow;
import nl.impact.engine.Adjustments;
import nl.impact.engine.Engine;
import nl.impact.engine.RunResult;
import nl.impact.engine.TrancheCheck;
import nl.impact.model.BudgetLine;
import nl.impact.model.HalfYear;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Variant;
import nl.impact.model.VolumeRule;
import nl.impact.scenario.InvalidInputException;

/**
 * The business case recomputed from what was realised: for every year with a reported half year,
 * each realised volume of a kernaanpak and each realised spend of a budget line replaces the plan's
 * value for that year, the half years not reported taking the plan's half (a volume that adds up:
 * half the year; a level: the year's value; a line's spend: half the year). Everything the plan
 * computes from a volume follows (clients from fte, euros from clients, a line priced on the volume);
 * the years after the last reported one are the plan's. Realised values are the same in every variant;
 * the plan's part of a year is its expected value.
 *
 * @param plan the plan as written
 * @param forecast the plan evaluated with the realisations
 */
public record Forecast(RunResult plan, RunResult forecast, List<VolumeYear> volumes, List<SpendYear> spend) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public Forecast {
        volumes = List.copyOf(volumes);
        spend = List.copyOf(spend);
    }

    public static Forecast of(RunResult plan, Realisations realisations) throws InvalidInputException {
        List<VolumeYear> volumes = volumes(plan, realisations);
        List<SpendYear> spend = spend(plan, realisations);
        Adjustments.Builder adjustments = Adjustments.of(plan.plan());
        apply(volumes, spend, adjustments);
        RunResult forecast = volumes.isEmpty() && spend.isEmpty() ? plan : Engine.evaluate(plan, adjustments.build());
        return new Forecast(plan, forecast, volumes, spend);
    }

    /** Puts the forecast's realised years into {@code adjustments}. */
    void apply(Adjustments.Builder adjustments) {
        apply(volumes, spend, adjustments);
    }

    private static void apply(List<VolumeYear> volumes, List<SpendYear> spend, Adjustments.Builder adjustments) {
        volumes.forEach(v -> adjustments.name(v.scope(), v.name(), v.year(), v.forecast()));
        spend.forEach(s -> adjustments.flow(s.flow(), s.year(), s.forecast()));
    }

    private static List<VolumeYear> volumes(RunResult plan, Realisations realisations) {
        Map<String, List<VolumeRealisation>> byYear = new LinkedHashMap<>();
        for (VolumeRealisation v : realisations.volumes()) {
            byYear.computeIfAbsent(v.kernaanpak() + "\u0000" + v.name() + "\u0000" + v.period().year(),
                    k -> new ArrayList<>()).add(v);
        }
        List<VolumeYear> years = new ArrayList<>();
        List<Kernaanpak> kernaanpakken = plan.scenario().kernaanpakken();
        for (List<VolumeRealisation> halves : byYear.values()) {
            VolumeRealisation first = halves.get(0);
            int k = kernaanpakken.indexOf(kernaanpakken.stream().filter(x -> x.id().equals(first.kernaanpak()))
                    .findFirst().orElseThrow());
            int year = first.period().year();
            VolumeRule rule = plan.scenario().milestones().volume(first.kernaanpak(), first.name()).orElseThrow();
            BigDecimal planned = plan.kernaanpakken().get(k).values().get(Variant.EXPECTED).get(first.name()).at(year);
            BigDecimal planHalf = rule == VolumeRule.SUM ? planned.divide(TWO) : planned;
            BigDecimal[] value = {planHalf, planHalf};
            List<HalfYear> realised = new ArrayList<>();
            for (VolumeRealisation h : halves) {
                value[h.period().half() - 1] = h.value();
                realised.add(h.period());
            }
            realised.sort(null);
            BigDecimal sum = value[0].add(value[1]);
            BigDecimal forecast = rule == VolumeRule.SUM ? sum : sum.divide(TWO);
            years.add(new VolumeYear(first.kernaanpak(), first.name(), plan.plan().kernaanpak(k).index(), year, rule,
                    planned, forecast, realised));
        }
        return years;
    }

    private static List<SpendYear> spend(RunResult plan, Realisations realisations) {
        Map<String, List<SpendRealisation>> byYear = new LinkedHashMap<>();
        for (SpendRealisation s : realisations.spend()) {
            byYear.computeIfAbsent(s.line() + "\u0000" + s.financier() + "\u0000" + s.period().year(),
                    k -> new ArrayList<>()).add(s);
        }
        List<SpendYear> years = new ArrayList<>();
        List<BudgetLine> lines = plan.scenario().begroting().lines();
        for (List<SpendRealisation> halves : byYear.values()) {
            SpendRealisation first = halves.get(0);
            int l = lines.indexOf(lines.stream().filter(x -> x.id().equals(first.line())).findFirst().orElseThrow());
            Flow flow = plan.plan().line(l).stream().filter(f -> f.financier().equals(first.financier())).findFirst()
                    .orElseThrow();
            int year = first.period().year();
            BigDecimal planned = TrancheCheck.budget(plan, first.line(), first.financier(), year, Variant.EXPECTED);
            BigDecimal[] value = {planned.divide(TWO), planned.divide(TWO)};
            List<HalfYear> realised = new ArrayList<>();
            for (SpendRealisation h : halves) {
                value[h.period().half() - 1] = h.euros();
                realised.add(h.period());
            }
            realised.sort(null);
            years.add(new SpendYear(first.line(), first.financier(), flow, year, planned, value[0].add(value[1]),
                    realised));
        }
        return years;
    }
}
