package nl.impact.calc.kpi.builtin;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import nl.impact.calc.kpi.Inputs;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiContext;
import nl.impact.calc.kpi.KpiException;
import nl.impact.calc.kpi.KpiParameterSpec;
import nl.impact.model.Band;
import nl.impact.model.EffectResult;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;

/**
 * Cost reduction in one domain (the plan's KPI 5: Zvw): the sum of the kernaanpakken's effects in
 * that domain, per effect year. Effects are savings when positive, so the sum is the reduction.
 */
public final class DomainCostReduction implements KpiCalculator {

    @Override
    public String id() {
        return "domain-cost-reduction";
    }

    @Override
    public String description() {
        return "Cost reduction in a domain: the sum of the kernaanpakken's effects in it, per year";
    }

    @Override
    public List<KpiParameterSpec> parameters() {
        return List.of(
                KpiParameterSpec.text("domain", "the domain whose effects are added up, e.g. Zvw", true),
                KpiParameterSpec.list("kernaanpakken", "only the effects of these kernaanpakken (default: all)", false));
    }

    @Override
    public Values values() {
        return Values.FLOW;
    }

    @Override
    public Band<YearSeries> expected(KpiContext ctx) throws KpiException {
        Scenario scenario = ctx.scenario();
        String domain = Inputs.text(ctx, "domain");
        if (scenario.domain(domain).isEmpty()) {
            throw new KpiException(ctx.path("domain"), nl.impact.model.Domain.unknown(domain,
                    scenario.domains().keySet()));
        }
        List<String> only = ctx.texts("kernaanpakken");
        for (String id : only) {
            if (scenario.kernaanpakken().stream().noneMatch(k -> k.id().equals(id))) {
                throw new KpiException(ctx.path("kernaanpakken"), "unknown kernaanpak '" + id + "'");
            }
        }
        List<EffectResult> effects = ctx.effects()
                .filter(e -> e.domain().equals(domain))
                .filter(e -> only.isEmpty() || only.contains(e.kernaanpak()))
                .toList();
        Map<Variant, YearSeries> sums = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            SortedMap<Integer, BigDecimal> zeros = Inputs.zeros(scenario.years().first(), scenario.years().effectsUntil());
            YearSeries sum = new YearSeries(zeros);
            for (EffectResult e : effects) {
                sum = sum.plus(e.values().get(v));
            }
            sums.put(v, sum);
        }
        return Band.from(sums::get);
    }

    @Override
    public java.util.Optional<nl.impact.calc.kpi.CompiledKpi> compile(KpiContext ctx) {
        String domain = Inputs.text(ctx, "domain");
        List<String> only = ctx.texts("kernaanpakken");
        List<String> ids = ctx.scenario().kernaanpakken().stream().map(k -> k.id())
                .filter(id -> only.isEmpty() || only.contains(id)).toList();
        return java.util.Optional.of((inputs, year, into, n) -> {
            java.util.Arrays.fill(into, 0, n, 0);
            for (String id : ids) {
                double[] euros = inputs.effects(id, domain, year);
                for (int d = 0; d < n; d++) {
                    into[d] += euros[d];
                }
            }
        });
    }
}
