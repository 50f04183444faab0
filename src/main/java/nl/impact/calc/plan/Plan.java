package nl.impact.calc.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.impact.calc.BudgetLinePlan;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.KernaanpakCalculator;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Domain;
import nl.impact.model.Effect;
import nl.impact.model.EffectUnit;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Parameter;
import nl.impact.model.Scenario;
import nl.impact.model.Settlement;
import nl.impact.model.Timing;
import nl.impact.model.YearRange;

/**
 * A scenario compiled once: the scopes of names (per kernaanpak, and per budget line whose figures
 * are formulas), every flow of the business case, and the register of inputs. The exact engine,
 * the double-precision plan, sensitivity and simulation only walk it, so none of them re-derives
 * the rule of a business case (volume x amount x correction over the years its timing reaches, to
 * the financier of its domain; quantity x tariff x share for a budget line).
 */
public final class Plan {

    private final Scenario scenario;
    /** The shared parameters and, in an area scenario, the area table's columns: names every scope knows. */
    private final Map<String, Parameter> shared;
    /** The area table's columns by name: names whose value is each area's own (none without areas). */
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Scope> scopes = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private final Inputs inputs = new Inputs();
    private final int[] kernaanpakScopes;
    /** Per kernaanpak scope, its effects' flows; per budget line (in the begroting's order), its flows. */
    private final Map<Integer, List<Flow>> effectFlows = new HashMap<>();
    private final List<List<Flow>> lineFlows = new ArrayList<>();
    private final List<Integer> lineKernaanpakken = new ArrayList<>();
    private final List<List<Flow>> settlementFlows = new ArrayList<>();
    /** Per term of a settlement that takes a share of an effect: that effect's flow, by the term's index. */
    private final Map<Integer, Flow> settledEffects = new HashMap<>();
    private final Map<Integer, List<String>> summed = new HashMap<>();
    private final Map<Integer, Factor.Active> activity = new HashMap<>();

    private Plan(Scenario scenario, Map<String, Parameter> shared, List<CalculationPlan> kernaanpakPlans,
            CalculatorRegistry calculators, List<CalculationPlan.PlanProblem> problems) {
        this.scenario = scenario;
        this.shared = shared;
        if (scenario.hasAreas()) {
            List<nl.impact.model.AreaColumn> table = scenario.areas().columns();
            for (int c = 0; c < table.size(); c++) {
                columns.put(table.get(c).name(), c);
            }
        }
        List<Kernaanpak> kernaanpakken = scenario.kernaanpakken();
        this.kernaanpakScopes = new int[kernaanpakken.size()];
        Map<String, Integer> scopeOf = new HashMap<>();
        for (int k = 0; k < kernaanpakken.size(); k++) {
            Kernaanpak kernaanpak = kernaanpakken.get(k);
            CalculationPlan names = kernaanpakPlans.get(k);
            Scope scope = new Scope(scopes.size(), kernaanpak.id(), names, -1, kernaanpak, null, names.nodes());
            scopes.add(scope);
            kernaanpakScopes[k] = scope.index();
            scopeOf.put(kernaanpak.id(), scope.index());
            registerNames(scope);
            addEffects(scope);
        }
        for (BudgetLine line : scenario.begroting().lines()) {
            Integer parent = scopeOf.get(line.kernaanpak());
            addLine(line, parent == null ? -1 : parent, calculators, problems);
        }
        for (Settlement settlement : scenario.settlements()) {
            Integer parent = scopeOf.get(settlement.kernaanpak());
            addSettlement(settlement, parent == null ? -1 : parent, calculators, problems);
        }
        if (scenario.hasAreas()) {
            inputs.registerCells(scenario.areas());
        }
    }

    /**
     * Compiles a scenario: each kernaanpak's names with its calculator, then the flows and inputs.
     * Problems (unknown names, cycles, names used twice) are added to {@code problems}; the plan is
     * only evaluated when there are none.
     */
    public static Plan build(Scenario scenario, Map<String, Parameter> shared, CalculatorRegistry calculators,
            List<CalculationPlan.PlanProblem> problems) {
        List<CalculationPlan> plans = new ArrayList<>();
        for (Kernaanpak kernaanpak : scenario.kernaanpakken()) {
            plans.add(CalculationPlan.build(shared, kernaanpak, calculator(calculators, kernaanpak), problems));
        }
        return new Plan(scenario, shared, plans, calculators, problems);
    }

    public Scenario scenario() {
        return scenario;
    }

    public YearRange years() {
        return scenario.years();
    }

    public List<Scope> scopes() {
        return Collections.unmodifiableList(scopes);
    }

    public Scope scope(int index) {
        return scopes.get(index);
    }

    /** The scope of the scenario's {@code k}-th kernaanpak. */
    public Scope kernaanpak(int k) {
        return scopes.get(kernaanpakScopes[k]);
    }

    public List<Flow> flows() {
        return Collections.unmodifiableList(flows);
    }

    /** The flows of the effects of the kernaanpak whose scope is {@code scope}, in the effects' order. */
    public List<Flow> effects(Scope scope) {
        return effectFlows.getOrDefault(scope.index(), List.of());
    }

    /** The flows of the {@code l}-th budget line: one per financier that pays a share. */
    public List<Flow> line(int l) {
        return lineFlows.get(l);
    }

    /** The scope of the {@code l}-th budget line's names: its own when a figure is a formula, else its kernaanpak's (or -1). */
    public int lineScope(int l) {
        return lineFlows.get(l).get(0).scope();
    }

    /** The flows of the {@code s}-th settlement: one for a cost, one per effect and domain for a share. */
    public List<Flow> settlement(int s) {
        return settlementFlows.get(s);
    }

    /** The effect a settlement's term takes its share of; empty for a settlement that is a cost. */
    public java.util.Optional<Flow> settledEffect(Flow term) {
        return java.util.Optional.ofNullable(settledEffects.get(term.index()));
    }

    /** The scope of the {@code l}-th budget line's kernaanpak, or -1 for a programme-wide line. */
    public int lineKernaanpak(int l) {
        return lineKernaanpakken.get(l);
    }

    /** True when the scenario is computed per area of an area table. */
    public boolean hasAreas() {
        return scenario.hasAreas();
    }

    /** True when {@code node} is a column of the area table: its value is each area's own. */
    public boolean isColumn(CalculationPlan.Node node) {
        return node.origin() == CalculationPlan.Origin.SHARED_PARAMETER && columns.containsKey(node.name());
    }

    /** The index of the area table's column {@code name}, or -1. */
    public int column(String name) {
        return columns.getOrDefault(name, -1);
    }

    /**
     * The names of a kernaanpak's scope that add up over the areas where it runs: its quantities,
     * the volumes its effects are per and the quantities budget lines are priced on.
     */
    public List<String> summed(Scope scope) {
        return summed.getOrDefault(scope.index(), List.of());
    }

    public Inputs inputs() {
        return inputs;
    }

    private static KernaanpakCalculator calculator(CalculatorRegistry calculators, Kernaanpak kernaanpak) {
        return calculators.find(kernaanpak.calculator()).orElseThrow(
                () -> new IllegalStateException("calculator '" + kernaanpak.calculator() + "' vanished"));
    }

    private void registerNames(Scope scope) {
        for (CalculationPlan.Node node : scope.own()) {
            Parameter p = node.parameter();
            if (p == null || isColumn(node) || p.isFormula() && scope.isLine() && isLineFigure(scope.line(), p)) {
                // A line's amount, quantity or tariff written as a formula is registered as that figure.
                continue;
            }
            String label = scope.isLine() ? Labels.lineParameter(scope.line(), p)
                    : node.origin() == CalculationPlan.Origin.SHARED_PARAMETER ? Labels.shared(p)
                    : Labels.parameter(scope.kernaanpak(), p);
            if (p.isFormula()) {
                inputs.registerFormula(p, label);
            } else {
                inputs.register(p, label);
            }
        }
    }

    private void addEffects(Scope scope) {
        Kernaanpak kernaanpak = scope.kernaanpak();
        Factor active = activity(scope);
        java.util.LinkedHashSet<String> added = new java.util.LinkedHashSet<>();
        scope.names().nodes().stream().filter(CalculationPlan.Node::isQuantity).forEach(n -> added.add(n.name()));
        for (Effect effect : kernaanpak.effects()) {
            if (!effect.isLumpSum()) {
                added.add(effect.per());
            }
            Factor volume = effect.isLumpSum() ? null : new Factor.Name(scope.index(), effect.per());
            Factor correction = effect.correction() == null ? null
                    : figure(scope, effect.correction(), Labels.correction(kernaanpak, effect));
            for (Map.Entry<String, Parameter> amount : effect.amounts().entrySet()) {
                Domain domain = scenario.domain(amount.getKey()).orElseThrow();
                Factor euros = figure(scope, amount.getValue(), Labels.amount(kernaanpak, effect, amount.getKey()));
                Flow flow = new Flow(flows.size(), effect.isEuro() ? Flow.Kind.BENEFIT : Flow.Kind.CAPACITY,
                        kernaanpak.id(), effect.name(), effect.path(), domain.name(), domain.financier(), effect.unit(),
                        effect.timing(), scope.index(), volume, euros, correction, active, null, null);
                flows.add(flow);
                effectFlows.computeIfAbsent(scope.index(), s -> new ArrayList<>()).add(flow);
            }
        }
        for (BudgetLine line : scenario.begroting().lines()) {
            if (line.kernaanpak().equals(kernaanpak.id()) && line.cost() instanceof BudgetCost.PerUnit perUnit
                    && perUnit.quantity() instanceof BudgetCost.NamedQuantity named) {
                added.add(named.name());
            }
        }
        if (scenario.hasAreas()) {
            summed.put(scope.index(), List.copyOf(added));
        }
    }

    /** Where and from when a kernaanpak runs, per area; null without an area table. */
    public Factor.Active active(Scope scope) {
        return activity(scope);
    }

    private Factor.Active activity(Scope scope) {
        if (!scenario.hasAreas()) {
            return null;
        }
        return activity.computeIfAbsent(scope.index(), s -> {
            nl.impact.model.Rollout rollout = scenario.areas().rollout(scope.id());
            List<nl.impact.model.AreaColumn> table = scenario.areas().columns();
            return new Factor.Active(s, rollout.where() < 0 ? null : table.get(rollout.where()).name(),
                    rollout.from() < 0 ? null : table.get(rollout.from()).name());
        });
    }

    /** An effect's amount or correction: an input, or a formula over the kernaanpak's names. */
    private Factor figure(Scope scope, Parameter p, String label) {
        if (p.isFormula()) {
            inputs.registerFormula(p, label);
            return new Factor.Figure(scope.index(), p, null, scope.names().effectFormula(p));
        }
        return new Factor.Figure(scope.index(), p, inputs.register(p, label), null);
    }

    private static boolean isLineFigure(BudgetLine line, Parameter p) {
        return line.formulaFigures().stream().anyMatch(f -> f.path().equals(p.path()));
    }

    /** The factors of a cost as a budget line gives it: the scope they read, and volume, amount and active. */
    private record Cost(int scope, Factor volume, Factor amount, Factor active) {
    }

    private void addLine(BudgetLine line, int kernaanpakScope, CalculatorRegistry calculators,
            List<CalculationPlan.PlanProblem> problems) {
        Cost cost = cost(line, kernaanpakScope, calculators, problems);
        boolean split = !line.split().isEmpty();
        List<Flow> parts = new ArrayList<>();
        for (Map.Entry<String, Parameter> share : line.shares().entrySet()) {
            Parameter p = share.getValue();
            // One financier paying all of it is no figure of the plan: its share of 1 is not an input.
            Factor part = new Factor.Figure(cost.scope(), p,
                    split ? inputs.register(p, Labels.share(line, share.getKey())) : null, null);
            Flow flow = new Flow(flows.size(), Flow.Kind.INVESTMENT, line.kernaanpak(), line.id(), line.path(), null,
                    share.getKey(), EffectUnit.EURO, Timing.DIRECT, cost.scope(), cost.volume(), cost.amount(), null,
                    cost.active(), part, null);
            flows.add(flow);
            parts.add(flow);
        }
        lineFlows.add(List.copyOf(parts));
        lineKernaanpakken.add(kernaanpakScope);
    }

    /**
     * A settlement: its cost as a budget line's, paid by {@code from} to {@code to} in its plan year;
     * or its share of every effect it selects, with that effect's factors and timing.
     */
    private void addSettlement(Settlement settlement, int kernaanpakScope, CalculatorRegistry calculators,
            List<CalculationPlan.PlanProblem> problems) {
        List<Flow> terms = new ArrayList<>();
        if (!settlement.isShare()) {
            BudgetLine line = settlement.asLine();
            Cost cost = cost(line, kernaanpakScope, calculators, problems);
            terms.add(new Flow(flows.size(), Flow.Kind.SETTLEMENT, line.kernaanpak(), settlement.id(), settlement.path(),
                    null, settlement.to(), EffectUnit.EURO, Timing.DIRECT, cost.scope(), cost.volume(), cost.amount(),
                    null, cost.active(), null, settlement.from()));
        } else {
            Factor share = new Factor.Figure(-1, settlement.share(),
                    inputs.register(settlement.share(), Labels.settlement(settlement, "aandeel")), null);
            for (Flow effect : List.copyOf(flows)) {
                if (effect.kind() == Flow.Kind.BENEFIT && settlement.of().takes(effect.kernaanpak(), effect.source())
                        && settlement.of().takesDomain(effect.domain())) {
                    settledEffects.put(flows.size() + terms.size(), effect);
                    terms.add(new Flow(flows.size() + terms.size(), Flow.Kind.SETTLEMENT, effect.kernaanpak(),
                            settlement.id(), settlement.path(), effect.domain(), settlement.to(), EffectUnit.EURO,
                            effect.timing(), effect.scope(), effect.volume(), effect.amount(), effect.correction(),
                            effect.active(), share, settlement.from()));
                }
            }
        }
        flows.addAll(terms);
        settlementFlows.add(List.copyOf(terms));
    }

    /** A budget line's cost: its own scope when a figure is a formula, and its quantity (or none) and amount. */
    private Cost cost(BudgetLine line, int kernaanpakScope, CalculatorRegistry calculators,
            List<CalculationPlan.PlanProblem> problems) {
        int scope = kernaanpakScope;
        boolean readsKernaanpak = line.cost() instanceof BudgetCost.PerUnit perUnit
                && perUnit.quantity() instanceof BudgetCost.NamedQuantity;
        if (line.hasFormulas()) {
            Kernaanpak kernaanpak = kernaanpakScope < 0 ? null : scopes.get(kernaanpakScope).kernaanpak();
            CalculationPlan names = BudgetLinePlan.build(shared, line, kernaanpak,
                    kernaanpak == null ? null : calculator(calculators, kernaanpak), problems);
            Set<String> reach = new HashSet<>();
            for (Parameter figure : line.formulaFigures()) {
                reach.add(BudgetLinePlan.figureName(figure));
                BudgetLinePlan.under(names, figure).forEach(n -> reach.add(n.name()));
            }
            Set<String> known = new HashSet<>();
            if (kernaanpakScope >= 0) {
                for (CalculationPlan.Node n : scopes.get(kernaanpakScope).names().nodes()) {
                    known.add(n.name());
                    // A shared parameter is the same for every line; anything else of the kernaanpak is its own.
                    readsKernaanpak |= reach.contains(n.name())
                            && (n.origin() != CalculationPlan.Origin.SHARED_PARAMETER || isColumn(n));
                }
            }
            // A line that reads none of its kernaanpak's names computes what it needs itself.
            int parent = readsKernaanpak ? kernaanpakScope : -1;
            List<CalculationPlan.Node> own = names.nodes().stream()
                    .filter(n -> reach.contains(n.name()) && (parent < 0 || !known.contains(n.name()))).toList();
            Scope lineScope = new Scope(scopes.size(), line.id(), names, parent, kernaanpak, line, own);
            scopes.add(lineScope);
            registerNames(lineScope);
            scope = lineScope.index();
        }
        Factor active = readsKernaanpak ? activity(scopes.get(kernaanpakScope)) : null;
        if (line.cost() instanceof BudgetCost.Amount fixed) {
            return new Cost(scope, null, lineFigure(line, scope, fixed.amount(), "bedrag"), active);
        }
        BudgetCost.PerUnit perUnit = (BudgetCost.PerUnit) line.cost();
        Factor volume = perUnit.quantity() instanceof BudgetCost.GivenQuantity given
                ? lineFigure(line, scope, given.parameter(), "aantal")
                : new Factor.Name(kernaanpakScope, ((BudgetCost.NamedQuantity) perUnit.quantity()).name());
        return new Cost(scope, volume, lineFigure(line, scope, perUnit.tariff(), "tarief"), active);
    }

    /** A line's amount, quantity or tariff: an input, or the line's formula figure by its name in the line's scope. */
    private Factor lineFigure(BudgetLine line, int scope, Parameter p, String word) {
        if (p.isFormula()) {
            inputs.registerFormula(p, Labels.lineFigure(line, word));
            return new Factor.Name(scope, BudgetLinePlan.figureName(p));
        }
        return new Factor.Figure(scope, p, inputs.register(p, Labels.lineFigure(line, word)), null);
    }
}
