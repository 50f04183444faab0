package nl.impact.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.impact.calc.plan.Flow;
import nl.impact.engine.FlowValues;
import nl.impact.engine.Investment;
import nl.impact.engine.RunResult;
import nl.impact.model.BudgetLine;
import nl.impact.model.EffectResult;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Variant;

/**
 * A business case's benefits and investments by financier, kernaanpak and year, to set a forecast
 * beside the plan: a null financier, kernaanpak or year adds up all of them. Undiscounted euros. A
 * financier's net includes what the plan's settlements move to it, as the business case's does;
 * settlements belong to no kernaanpak and add up to zero over the financiers.
 */
public final class Ledger {

    private final RunResult result;
    private final List<EffectResult> effects;
    private final List<Investment> investments;

    public Ledger(RunResult result) {
        this.result = result;
        this.effects = result.effects().toList();
        this.investments = result.investments().toList();
    }

    /** Every financier who pays or gains, in the scenario's order. */
    public List<String> financiers() {
        return result.scenario().allFinanciers();
    }

    /** The kernaanpakken, then {@code programma} when the begroting has programme-wide lines. */
    public List<String> kernaanpakken() {
        Set<String> ids = new LinkedHashSet<>();
        result.scenario().kernaanpakken().stream().map(Kernaanpak::id).forEach(ids::add);
        if (result.scenario().begroting().lines().stream().anyMatch(BudgetLine::isProgrammeWide)) {
            ids.add(BudgetLine.PROGRAMME);
        }
        return new ArrayList<>(ids);
    }

    /** Every year a flow may fall in. */
    public List<Integer> years() {
        return result.scenario().years().effectYears().boxed().toList();
    }

    public BigDecimal benefits(String financier, String kernaanpak, Integer year, Variant variant) {
        BigDecimal sum = BigDecimal.ZERO;
        for (EffectResult e : effects) {
            if ((financier == null || e.financier().equals(financier))
                    && (kernaanpak == null || e.kernaanpak().equals(kernaanpak))) {
                sum = sum.add(at(e.values().get(variant), year));
            }
        }
        return sum;
    }

    public BigDecimal investments(String financier, String kernaanpak, Integer year, Variant variant) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Investment i : investments) {
            if ((financier == null || i.financier().equals(financier))
                    && (kernaanpak == null || i.kernaanpak().equals(kernaanpak))) {
                sum = sum.add(at(i.values().get(variant), year));
            }
        }
        return sum;
    }

    public BigDecimal net(String financier, String kernaanpak, Integer year, Variant variant) {
        BigDecimal net = benefits(financier, kernaanpak, year, variant)
                .subtract(investments(financier, kernaanpak, year, variant));
        return financier == null || kernaanpak != null ? net : net.add(settled(financier, year, variant));
    }

    /** What the settlements move to {@code financier}: received minus paid. */
    public BigDecimal settled(String financier, Integer year, Variant variant) {
        BigDecimal sum = BigDecimal.ZERO;
        for (FlowValues flow : result.flows()) {
            if (flow == null || flow.flow().kind() != Flow.Kind.SETTLEMENT) {
                continue;
            }
            BigDecimal moved = at(flow.euros().get(variant), year);
            if (flow.flow().financier().equals(financier)) {
                sum = sum.add(moved);
            }
            if (financier.equals(flow.flow().payer())) {
                sum = sum.subtract(moved);
            }
        }
        return sum;
    }

    private static BigDecimal at(nl.impact.model.YearSeries series, Integer year) {
        if (year != null) {
            return series.at(year);
        }
        return series.total();
    }
}
