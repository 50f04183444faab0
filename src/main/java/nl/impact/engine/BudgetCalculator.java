package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.impact.calc.CalculationPlan;
import nl.impact.model.Band;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Parameter;
import nl.impact.model.Provenance;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;
import nl.impact.scenario.Problems;

/**
 * Computes the begroting: each line's cost per plan year and variant, split over its financiers by
 * their shares. Exact and undiscounted; a named quantity is taken from its kernaanpak's results.
 */
final class BudgetCalculator {

    private final YearRange years;
    private final Map<String, KernaanpakResult> kernaanpakken;
    private final Problems problems;

    BudgetCalculator(Scenario scenario, List<KernaanpakResult> results, Problems problems) {
        this.years = scenario.years();
        this.kernaanpakken = results.stream().collect(Collectors.toMap(r -> r.kernaanpak().id(), Function.identity()));
        this.problems = problems;
    }

    Optional<BudgetLineResult> compute(BudgetLine line) {
        Map<Variant, YearSeries> totals = new EnumMap<>(Variant.class);
        for (Variant variant : Variant.values()) {
            Optional<YearSeries> total = cost(line, variant);
            if (total.isEmpty()) {
                return Optional.empty();
            }
            totals.put(variant, total.get());
        }
        Band<YearSeries> total = Band.from(totals::get);
        List<Investment> investments = new ArrayList<>();
        line.shares().forEach((financier, share) -> investments.add(new Investment(line.id(), line.kernaanpak(),
                financier, Band.from(v -> times(total.get(v), share, v)))));
        return Optional.of(new BudgetLineResult(line, provenance(line), total, List.copyOf(investments)));
    }

    private Optional<YearSeries> cost(BudgetLine line, Variant variant) {
        SortedMap<Integer, BigDecimal> euros = new TreeMap<>();
        for (int year = years.first(); year <= years.last(); year++) {
            BigDecimal value;
            if (line.cost() instanceof BudgetCost.Amount amount) {
                value = amount.amount().values().get(variant).at(year);
            } else {
                BudgetCost.PerUnit perUnit = (BudgetCost.PerUnit) line.cost();
                Optional<BigDecimal> quantity = quantity(line, perUnit.quantity(), variant, year);
                if (quantity.isEmpty()) {
                    return Optional.empty();
                }
                value = quantity.get().multiply(perUnit.tariff().values().get(variant).at(year));
            }
            euros.put(year, value);
        }
        return Optional.of(new YearSeries(euros));
    }

    private Optional<BigDecimal> quantity(BudgetLine line, BudgetCost.Quantity quantity, Variant variant, int year) {
        if (quantity instanceof BudgetCost.GivenQuantity given) {
            return Optional.of(given.parameter().values().get(variant).at(year));
        }
        BudgetCost.NamedQuantity named = (BudgetCost.NamedQuantity) quantity;
        BigDecimal value = kernaanpakken.get(line.kernaanpak()).values().get(variant).get(named.name()).at(year);
        if (value.signum() < 0) {
            // A computed quantity can turn negative where a given one cannot; a negative cost is no investment.
            problems.add(named.path(), "'" + named.name() + "' is " + value.stripTrailingZeros().toPlainString()
                    + " in " + year + " (" + variant.key() + "); a budget quantity must be zero or more");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static YearSeries times(YearSeries series, Parameter share, Variant variant) {
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        series.values().forEach((year, v) -> out.put(year, v.multiply(share.values().get(variant).at(year))));
        return new YearSeries(out);
    }

    private Provenance.Kind provenance(BudgetLine line) {
        List<Provenance.Kind> kinds = new ArrayList<>();
        line.split().values().forEach(s -> kinds.add(s.provenance().kind()));
        if (line.cost() instanceof BudgetCost.Amount amount) {
            kinds.add(amount.amount().provenance().kind());
        } else {
            BudgetCost.PerUnit perUnit = (BudgetCost.PerUnit) line.cost();
            kinds.add(perUnit.tariff().provenance().kind());
            kinds.add(quantityProvenance(line, perUnit.quantity()));
        }
        return Provenance.weakest(kinds);
    }

    /** A named quantity has the provenance of the parameter it names; a computed one is derived. */
    private Provenance.Kind quantityProvenance(BudgetLine line, BudgetCost.Quantity quantity) {
        if (quantity instanceof BudgetCost.GivenQuantity given) {
            return given.parameter().provenance().kind();
        }
        String name = ((BudgetCost.NamedQuantity) quantity).name();
        return kernaanpakken.get(line.kernaanpak()).plan().nodes().stream()
                .filter(n -> n.name().equals(name))
                .findFirst()
                .map(CalculationPlan.Node::parameter)
                .map(p -> p.provenance().kind())
                .orElse(Provenance.Kind.DERIVED);
    }
}
