package nl.impact.engine.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.BudgetLine;

/**
 * The levels of the business case a compiled scenario is reported at, as in the exact business
 * case: every financier, every kernaanpak (then {@code programma}) and the total; and per block of
 * draws their benefits and investments per effect year.
 */
public final class Levels {

    /** One level: {@code key} is the financier, the kernaanpak id or {@code total}. */
    public record Level(int index, Totals.Dimension dimension, String key, String label) {
    }

    private final CompiledScenario plan;
    private final List<Level> levels = new ArrayList<>();
    private final List<List<CompiledScenario.Flow>> flows = new ArrayList<>();

    public Levels(CompiledScenario plan) {
        this.plan = plan;
        for (String financier : plan.scenario().allFinanciers()) {
            add(Totals.Dimension.FINANCIER, financier, financier);
        }
        Map<String, String> kernaanpakken = new LinkedHashMap<>();
        plan.scenario().kernaanpakken().forEach(k -> kernaanpakken.put(k.id(), k.name()));
        if (plan.scenario().begroting().lines().stream().anyMatch(BudgetLine::isProgrammeWide)) {
            kernaanpakken.put(BudgetLine.PROGRAMME, nl.impact.engine.BusinessCase.PROGRAMME_LABEL);
        }
        kernaanpakken.forEach((id, name) -> add(Totals.Dimension.KERNAANPAK, id, name));
        add(Totals.Dimension.TOTAL, "total", "Totaal");
        for (Level level : levels) {
            flows.add(plan.flows().stream().filter(f -> belongs(f, level)).toList());
        }
    }

    /**
     * Compiles the plan a computed scenario's exact computation walked. An input whose band is the
     * same in every plan year has one register: the draws and the variants give it the same value in
     * every year.
     */
    public static CompiledScenario compile(RunResult result) {
        return CompiledScenario.compile(result.plan(), true);
    }

    public CompiledScenario plan() {
        return plan;
    }

    public List<Level> levels() {
        return List.copyOf(levels);
    }

    /** The financier levels only. */
    public List<Level> financiers() {
        return levels.stream().filter(l -> l.dimension() == Totals.Dimension.FINANCIER).toList();
    }

    /** The flows a level adds up. */
    public List<CompiledScenario.Flow> flows(Level level) {
        return flows.get(level.index());
    }

    public Level total() {
        return levels.get(levels.size() - 1);
    }

    /**
     * Adds the evaluated block's flows of {@code level} into {@code benefits} and
     * {@code investments} (per effect year, per draw), which it first clears. A settlement the level
     * receives is added to its benefits, one it pays to its investments: every measure of a level
     * (net, net present value, break-even) uses only their difference, so its net includes them.
     */
    public void collect(Evaluator evaluator, Level level, double[][] benefits, double[][] investments, int n) {
        for (int y = 0; y < benefits.length; y++) {
            boolean noBenefits = true;
            boolean noInvestments = true;
            for (CompiledScenario.Flow flow : flows.get(level.index())) {
                boolean benefit = flow.kind() == CompiledScenario.FlowKind.BENEFITS
                        || flow.kind() == CompiledScenario.FlowKind.SETTLEMENTS_IN;
                double[] into = benefit ? benefits[y] : investments[y];
                double[] values = evaluator.flow(flow, y);
                if (benefit ? noBenefits : noInvestments) {
                    // The first flow is written onto zero: 0 + x, as when added to a cleared column.
                    for (int d = 0; d < n; d++) {
                        into[d] = 0.0 + values[d];
                    }
                } else {
                    for (int d = 0; d < n; d++) {
                        into[d] += values[d];
                    }
                }
                noBenefits &= !benefit;
                noInvestments &= benefit;
            }
            if (noBenefits) {
                java.util.Arrays.fill(benefits[y], 0, n, 0);
            }
            if (noInvestments) {
                java.util.Arrays.fill(investments[y], 0, n, 0);
            }
        }
    }

    private void add(Totals.Dimension dimension, String key, String label) {
        levels.add(new Level(levels.size(), dimension, key, label));
    }

    private static boolean belongs(CompiledScenario.Flow flow, Level level) {
        // A settlement has no kernaanpak: it counts for its financiers and (summing to zero) the total.
        return switch (level.dimension()) {
            case FINANCIER -> flow.financier().equals(level.key());
            case KERNAANPAK -> flow.kernaanpak().equals(level.key());
            case TOTAL -> true;
        };
    }
}
