package nl.impact.engine;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.statistics.Statistics;
import nl.impact.calc.plan.Factor;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Input;
import nl.impact.calc.plan.Plan;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;

/**
 * What a computed scenario has of what the property tests mean to cover (every timing, lump sums,
 * corrections, capacity, lines of every kind, bands on every kind of input, roll-out), collected
 * per try; a property requires each in a share of its tries, so a generator that stopped making one
 * fails instead of passing on nothing.
 */
final class Features {

    static final List<String> PLAN = List.of("timing direct", "timing next-year", "timing recurring", "lump sum",
            "correction", "amount as a formula", "split line", "programme line", "line of formulas",
            "line on a named quantity", "banded count", "banded money", "banded rate", "banded share",
            "values per year", "band per year", "net not zero");
    static final List<String> KPIS = List.of("kpi");
    static final List<String> CAPACITY = List.of("capacity");
    static final List<String> AREAS = List.of("where", "from", "line per area", "line once", "two gemeenten");
    static final List<String> SETTLEMENTS = List.of("settlement share", "settlement cost");

    private Features() {
    }

    /** Collects, for this try, whether {@code result} has each of {@code features}, and requires each in {@code percent} % of the tries. */
    static void require(RunResult result, List<String> features, double percent) {
        Set<String> found = of(result);
        for (String feature : features) {
            Statistics.label(feature).collect(found.contains(feature));
            Statistics.label(feature).coverage(coverage -> coverage.check(true).percentage(p -> p >= percent));
        }
    }

    static Set<String> of(RunResult result) {
        Plan plan = result.plan();
        Set<String> found = new LinkedHashSet<>();
        for (Flow flow : plan.flows()) {
            if (flow.kind() == Flow.Kind.SETTLEMENT) {
                continue;
            }
            if (flow.kind() == Flow.Kind.INVESTMENT) {
                found.add(flow.kernaanpak().equals("programma") ? "programme line" : "kernaanpak line");
                if (flow.share() instanceof Factor.Figure share && share.input() != null) {
                    found.add("split line");
                }
                if (flow.scope() >= 0 && plan.scope(flow.scope()).isLine()) {
                    found.add("line of formulas");
                } else if (flow.volume() instanceof Factor.Name) {
                    found.add("line on a named quantity");
                }
                if (plan.hasAreas()) {
                    found.add(flow.perArea() ? "line per area" : "line once");
                }
                continue;
            }
            found.add(flow.kind() == Flow.Kind.CAPACITY ? "capacity" : "benefit");
            found.add(flow.timing().equals(nl.impact.model.Timing.DIRECT) ? "timing direct"
                    : flow.timing().equals(nl.impact.model.Timing.NEXT_YEAR) ? "timing next-year" : "timing recurring");
            if (flow.volume() == null) {
                found.add("lump sum");
            }
            if (flow.correction() != null) {
                found.add("correction");
            }
            if (flow.amount() instanceof Factor.Figure amount && amount.isFormula()) {
                found.add("amount as a formula");
            }
            if (flow.active() instanceof Factor.Active active) {
                if (active.where() != null) {
                    found.add("where");
                }
                if (active.from() != null) {
                    found.add("from");
                }
            }
        }
        YearRange years = plan.years();
        for (Input input : plan.inputs().all()) {
            if (input.banded()) {
                found.add("banded " + input.kind().key());
                if (input.values().min().at(years.first()).compareTo(input.values().min().at(years.last())) != 0) {
                    found.add("band per year");
                }
            }
            if (input.values().expected().at(years.first()).compareTo(input.values().expected().at(years.last())) != 0) {
                found.add("values per year");
            }
        }
        BigDecimal net = BusinessCase.of(result).stream().filter(f -> f.dimension() == Totals.Dimension.TOTAL)
                .findFirst().orElseThrow().net().get(Variant.EXPECTED).total();
        if (net.signum() != 0) {
            found.add("net not zero");
        }
        if (!result.kpis().isEmpty()) {
            found.add("kpi");
        }
        for (nl.impact.model.Settlement settlement : result.scenario().settlements()) {
            found.add(settlement.isShare() ? "settlement share" : "settlement cost");
        }
        if (result.areas() != null && result.areas().gemeenten().size() > 1) {
            found.add("two gemeenten");
        }
        return found;
    }
}
