package nl.impact.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.impact.calc.builtin.Formules;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Parameter;

/**
 * The calculation plan of a budget line whose amount, quantity or tariff is a formula. It is the
 * plan of the line's kernaanpak (or of an empty one, for a programme-wide line) with the line's own
 * parameters and its formula figures added, so names, cycles, kinds and evaluation work exactly as
 * for a kernaanpak and the line can use the shared parameters and every name of its kernaanpak.
 */
public final class BudgetLinePlan {

    /** The name a formula figure has in the plan; formulas cannot clash with it by accident. */
    public static String figureName(Parameter figure) {
        return "__" + figure.name();
    }

    private BudgetLinePlan() {
    }

    /**
     * @param kernaanpak the line's kernaanpak, or null for a programme-wide line
     * @param calculator the kernaanpak's calculator (ignored for a programme-wide line)
     */
    public static CalculationPlan build(Map<String, Parameter> shared, BudgetLine line, Kernaanpak kernaanpak,
            KernaanpakCalculator calculator, List<CalculationPlan.PlanProblem> problems) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        if (kernaanpak != null) {
            parameters.putAll(kernaanpak.parameters());
        }
        // Kept apart from the kernaanpak's parameters so a clash is reported, not overwritten.
        List<Parameter> own = new ArrayList<>(line.parameters().values());
        for (Parameter figure : line.formulaFigures()) {
            own.add(renamed(figure));
        }
        Map<String, Parameter> all = new LinkedHashMap<>(parameters);
        List<Parameter> clashes = new ArrayList<>();
        for (Parameter p : own) {
            if (all.putIfAbsent(p.name(), p) != null) {
                clashes.add(p);
            }
        }
        for (Parameter p : clashes) {
            problems.add(new CalculationPlan.PlanProblem(p.path(), "the name '" + p.name()
                    + "' is used twice (also at " + parameters.get(p.name()).path() + ")"));
        }
        Kernaanpak synthetic = kernaanpak == null
                ? new Kernaanpak(BudgetLine.PROGRAMME, line.post(), "", "formules", line.path(), all, List.of(), List.of())
                : new Kernaanpak(kernaanpak.id(), kernaanpak.name(), kernaanpak.description(), kernaanpak.calculator(),
                        kernaanpak.path(), all, kernaanpak.formulas(), List.of());
        return CalculationPlan.build(shared, synthetic, kernaanpak == null ? new Formules() : calculator, problems);
    }

    private static Parameter renamed(Parameter figure) {
        return new Parameter(figureName(figure), figure.path(), figure.unit(), figure.kind(), figure.description(),
                figure.values(), figure.formula(), figure.banded(), figure.provenance(), figure.distribution());
    }

    /**
     * Every name a formula figure rests on, in evaluation order: the names its formula uses, and
     * theirs, down to the inputs. The figure itself is not included.
     */
    public static List<CalculationPlan.Node> under(CalculationPlan plan, Parameter figure) {
        Map<String, CalculationPlan.Node> byName = new LinkedHashMap<>();
        plan.nodes().forEach(n -> byName.put(n.name(), n));
        Set<String> reached = new LinkedHashSet<>();
        collect(byName.get(figureName(figure)), byName, reached);
        reached.remove(figureName(figure));
        return plan.nodes().stream().filter(n -> reached.contains(n.name())).toList();
    }

    private static void collect(CalculationPlan.Node node, Map<String, CalculationPlan.Node> byName, Set<String> reached) {
        if (node == null || !reached.add(node.name()) || node.formula() == null) {
            return;
        }
        for (String used : node.formula().names()) {
            collect(byName.get(used), byName, reached);
        }
    }

    /** Names under the line's formula figures, in evaluation order: what the line's provenance lists. */
    public static List<CalculationPlan.Node> inputs(CalculationPlan plan, BudgetLine line) {
        Set<String> names = new LinkedHashSet<>();
        for (Parameter figure : line.formulaFigures()) {
            under(plan, figure).forEach(n -> names.add(n.name()));
        }
        return plan.nodes().stream().filter(n -> names.contains(n.name())).toList();
    }

    /** True when {@code quantity} is a line's figure that is a formula. */
    public static boolean isFormula(BudgetCost.Quantity quantity) {
        return quantity instanceof BudgetCost.GivenQuantity given && given.parameter().isFormula();
    }
}
