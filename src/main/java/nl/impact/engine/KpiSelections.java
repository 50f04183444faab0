package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.impact.calc.kpi.KpiException;
import nl.impact.calc.kpi.Selector;
import nl.impact.model.Band;
import nl.impact.model.CapacityResult;
import nl.impact.model.Domain;
import nl.impact.model.EffectResult;
import nl.impact.model.KpiSelection;
import nl.impact.model.Paths;
import nl.impact.model.QuantityResult;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;

/**
 * What a KPI's selection picks from a computed scenario, and its exact total per variant and year.
 * Every item must pick something of its kind, so that a misspelt effect never reads as zero; one
 * that names an effect of the other kind (hours under {@code effects}, euros under
 * {@code capacity}) says where it belongs.
 */
public final class KpiSelections {

    private KpiSelections() {
    }

    /** The selection's total per variant, over the years from {@code years.first} to {@code years.effectsUntil}. */
    public static Band<YearSeries> total(KpiSelection selection, RunResult run) throws KpiException {
        List<Band<YearSeries>> picked = switch (selection.kind()) {
            case EFFECTS -> effects(selection, run).stream().map(EffectResult::values).toList();
            case CAPACITY -> capacity(selection, run).stream().map(CapacityResult::values).toList();
            case QUANTITIES -> quantities(selection, run).stream().map(QuantityResult::values).toList();
        };
        Scenario scenario = run.scenario();
        List<YearSeries> sums = new ArrayList<>();
        for (Variant v : Variant.values()) {
            SortedMap<Integer, BigDecimal> zeros = new TreeMap<>();
            for (int y = scenario.years().first(); y <= scenario.years().effectsUntil(); y++) {
                zeros.put(y, BigDecimal.ZERO);
            }
            YearSeries sum = new YearSeries(zeros);
            for (Band<YearSeries> values : picked) {
                sum = sum.plus(values.get(v));
            }
            sums.add(sum);
        }
        return new Band<>(sums.get(0), sums.get(1), sums.get(2));
    }

    /** The effects in euros a selection of effects picks, in the scenario's order. */
    public static List<EffectResult> effects(KpiSelection selection, RunResult run) throws KpiException {
        List<Selector> selectors = selectors(selection, run);
        for (Selector s : selectors) {
            if (run.effects().noneMatch(e -> s.matches(e.kernaanpak(), e.effect()))) {
                Optional<CapacityResult> other = run.capacity().filter(c -> s.matches(c.kernaanpak(), c.effect()))
                        .findFirst();
                throw new KpiException(itemsPath(selection), other.isPresent()
                        ? "'" + s + "' is an effect in " + other.get().unit().key() + ", not in euros: list it under "
                                + "'capacity'"
                        : "'" + s + "' matches no effect of the kernaanpakken");
            }
        }
        return run.effects().filter(e -> selectors.stream().anyMatch(s -> s.matches(e.kernaanpak(), e.effect())))
                .filter(e -> inDomains(selection, e.domain())).toList();
    }

    /** The effects in the selection's unit (hours, FTE or persons) a selection of capacity picks. */
    public static List<CapacityResult> capacity(KpiSelection selection, RunResult run) throws KpiException {
        List<Selector> selectors = selectors(selection, run);
        for (Selector s : selectors) {
            if (run.capacity().noneMatch(c -> s.matches(c.kernaanpak(), c.effect()))) {
                boolean euro = run.effects().anyMatch(e -> s.matches(e.kernaanpak(), e.effect()));
                throw new KpiException(itemsPath(selection), euro
                        ? "'" + s + "' is an effect in euros, not in uur, fte or personen: list it under 'effects'"
                        : "'" + s + "' matches no effect in uur, fte or personen of the kernaanpakken");
            }
        }
        List<CapacityResult> picked = run.capacity()
                .filter(c -> selectors.stream().anyMatch(s -> s.matches(c.kernaanpak(), c.effect())))
                .filter(c -> inDomains(selection, c.domain())).filter(c -> c.unit() == selection.unit()).toList();
        if (picked.isEmpty()) {
            throw new KpiException(Paths.child(selection.path(), "unit"), "the selected effects have no amount in "
                    + selection.unit().key() + (selection.domains().isEmpty() ? ""
                            : " in " + String.join(", ", selection.domains())) + ": expected the unit of one of them");
        }
        return picked;
    }

    /** The quantities of the kernaanpakken a selection of quantities picks. */
    public static List<QuantityResult> quantities(KpiSelection selection, RunResult run) throws KpiException {
        List<Selector> selectors = selectors(selection, run);
        for (Selector s : selectors) {
            if (run.quantities().noneMatch(q -> s.matches(q.kernaanpak(), q.name()))) {
                throw new KpiException(itemsPath(selection), "'" + s + "' matches no quantity of the kernaanpakken");
            }
        }
        return run.quantities().filter(q -> selectors.stream().anyMatch(s -> s.matches(q.kernaanpak(), q.name())))
                .toList();
    }

    /** The selection's items as selectors, its domains checked. */
    private static List<Selector> selectors(KpiSelection selection, RunResult run) throws KpiException {
        for (String domain : selection.domains()) {
            if (run.scenario().domain(domain).isEmpty()) {
                throw new KpiException(Paths.child(selection.path(), "domains"), Domain.unknown(domain,
                        run.scenario().domains().keySet()));
            }
        }
        return Selector.parse(selection.items(), itemsPath(selection));
    }

    private static boolean inDomains(KpiSelection selection, String domain) {
        return selection.domains().isEmpty() || selection.domains().contains(domain);
    }

    private static String itemsPath(KpiSelection selection) {
        return Paths.child(selection.path(), selection.kind().key());
    }
}
