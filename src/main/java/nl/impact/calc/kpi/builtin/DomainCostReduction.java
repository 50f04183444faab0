package nl.impact.calc.kpi.builtin;

import java.util.List;
import java.util.Map;
import nl.impact.calc.kpi.Inputs;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiContext;
import nl.impact.calc.kpi.KpiException;
import nl.impact.calc.kpi.KpiFormula;
import nl.impact.calc.kpi.KpiParameterSpec;
import nl.impact.model.KpiSelection;
import nl.impact.model.Scenario;

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

    /** {@code effects}: every effect of the chosen kernaanpakken (default all) in the domain. */
    @Override
    public KpiFormula formula(KpiContext ctx) throws KpiException {
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
        List<String> items = only.isEmpty() ? List.of("*/*") : only.stream().map(id -> id + "/*").toList();
        KpiSelection effects = new KpiSelection(KpiSelection.Kind.EFFECTS, items, List.of(domain), null,
                ctx.kpi().path());
        return KpiFormula.of("effects", Map.of("effects", new KpiFormula.Selection(effects)));
    }
}
