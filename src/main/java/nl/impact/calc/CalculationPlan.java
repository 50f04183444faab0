package nl.impact.calc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.impact.calc.formula.FormulaException;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.model.Effect;
import nl.impact.model.Formula;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Parameter;
import nl.impact.model.ParameterKind;
import nl.impact.model.Paths;

/**
 * Everything one kernaanpak computes, in the order it must be computed: the scenario's shared
 * parameters, the kernaanpak's parameters, the calculator's quantities and the scenario's own
 * formulas, each after the names it uses. Building it finds every unknown name, every name used
 * twice and every formula that refers to itself.
 */
public final class CalculationPlan {

    /** Where a name comes from. */
    public enum Origin { SHARED_PARAMETER, PARAMETER, CALCULATOR_QUANTITY, SCENARIO_FORMULA }

    /** One name: an input ({@code input} set, or a formula parameter) or a computed quantity. */
    public record Node(String name, String path, String unit, ParameterKind kind, String description,
            Origin origin, Parameter parameter, FormulaExpression formula) {

        /** True for what a calculator or the analyst computes: these are reported as quantities. */
        public boolean isQuantity() {
            return origin == Origin.CALCULATOR_QUANTITY || origin == Origin.SCENARIO_FORMULA;
        }

        /** Where the formula text stands, for messages about it. */
        public String formulaPath() {
            return origin == Origin.CALCULATOR_QUANTITY ? path : Paths.child(path, "formula");
        }
    }

    /** A problem found while planning, at a path in the scenario. */
    public record PlanProblem(String path, String message) {
    }

    private final List<Node> nodes;
    private final Map<String, FormulaExpression> effectFormulas;

    private CalculationPlan(List<Node> nodes, Map<String, FormulaExpression> effectFormulas) {
        this.nodes = List.copyOf(nodes);
        this.effectFormulas = Map.copyOf(effectFormulas);
    }

    /**
     * A plan of given nodes without effect formulas: the totals over an area table, where every
     * name is an input (see {@code engine.AreaTotals}).
     */
    public static CalculationPlan of(List<Node> nodes) {
        return new CalculationPlan(nodes, Map.of());
    }

    /** The nodes in evaluation order. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The parsed formula of an effect's amount or correction that is written as a formula, by its path. */
    public FormulaExpression effectFormula(Parameter parameter) {
        return effectFormulas.get(parameter.path());
    }

    public static CalculationPlan build(Map<String, Parameter> shared, Kernaanpak kernaanpak,
            KernaanpakCalculator calculator, List<PlanProblem> problems) {
        Map<String, Node> byName = new LinkedHashMap<>();
        Map<String, String> lowerCase = new HashMap<>();
        for (Parameter p : shared.values()) {
            add(byName, lowerCase, parameterNode(p, Origin.SHARED_PARAMETER, problems), problems);
        }
        for (Parameter p : kernaanpak.parameters().values()) {
            add(byName, lowerCase, parameterNode(p, Origin.PARAMETER, problems), problems);
        }
        for (QuantitySpec q : calculator.quantities()) {
            String path = Paths.child(kernaanpak.path(), "calculator");
            FormulaExpression formula = parse(q.formula(), path, problems);
            add(byName, lowerCase, new Node(q.name(), path, q.unit(), ParameterKind.NUMBER, q.description(),
                    Origin.CALCULATOR_QUANTITY, null, formula), problems);
        }
        for (Formula f : kernaanpak.formulas()) {
            FormulaExpression formula = parse(f.expression(), Paths.child(f.path(), "formula"), problems);
            add(byName, lowerCase, new Node(f.name(), f.path(), f.unit(), ParameterKind.NUMBER, f.description(),
                    Origin.SCENARIO_FORMULA, null, formula), problems);
        }

        NameGraph graph = new NameGraph();
        for (Node node : byName.values()) {
            Set<String> uses = node.formula() == null ? Set.of() : node.formula().names();
            checkNames(uses, byName, node.formulaPath(), problems);
            graph.add(node.name(), uses);
        }
        List<NameGraph.Cycle> cycles = new ArrayList<>();
        List<Node> ordered = graph.order(cycles).stream().map(byName::get).toList();
        for (NameGraph.Cycle cycle : cycles) {
            problems.add(new PlanProblem(byName.get(cycle.cycle().get(0)).path(), cycle.describe()));
        }

        Map<String, FormulaExpression> effectFormulas = new HashMap<>();
        for (Effect effect : kernaanpak.effects()) {
            if (!effect.isLumpSum() && !byName.containsKey(effect.per())) {
                problems.add(new PlanProblem(Paths.child(effect.path(), "per"), unknown(effect.per(), byName)));
            }
            List<Parameter> parameters = new ArrayList<>(effect.amounts().values());
            if (effect.correction() != null) {
                parameters.add(effect.correction());
            }
            for (Parameter p : parameters) {
                if (p.isFormula()) {
                    FormulaExpression formula = parse(p.formula(), formulaPath(p), problems);
                    if (formula != null) {
                        checkNames(formula.names(), byName, formulaPath(p), problems);
                        effectFormulas.put(p.path(), formula);
                    }
                }
            }
        }
        return new CalculationPlan(ordered, effectFormulas);
    }

    private static Node parameterNode(Parameter p, Origin origin, List<PlanProblem> problems) {
        FormulaExpression formula = p.isFormula() ? parse(p.formula(), formulaPath(p), problems) : null;
        return new Node(p.name(), p.path(), p.unit(), p.kind(), p.description(), origin, p, formula);
    }

    /** Where a parameter's formula text stands; problems resolve it to the parameter for a bare name. */
    private static String formulaPath(Parameter p) {
        return Paths.child(p.path(), "formula");
    }

    private static void add(Map<String, Node> byName, Map<String, String> lowerCase, Node node,
            List<PlanProblem> problems) {
        // Formulas match names regardless of case, so two names that differ only in case clash.
        String first = lowerCase.putIfAbsent(node.name().toLowerCase(Locale.ROOT), node.path());
        if (first != null) {
            problems.add(new PlanProblem(node.path(), "the name '" + node.name() + "' is used twice (also at "
                    + first + ")"));
            return;
        }
        byName.put(node.name(), node);
    }

    private static FormulaExpression parse(String text, String path, List<PlanProblem> problems) {
        try {
            return FormulaExpression.parse(text);
        } catch (FormulaException e) {
            problems.add(new PlanProblem(path, e.getMessage()));
            return null;
        }
    }

    private static void checkNames(Set<String> names, Map<String, Node> known, String path, List<PlanProblem> problems) {
        for (String name : new LinkedHashSet<>(names)) {
            if (!known.containsKey(name)) {
                problems.add(new PlanProblem(path, unknown(name, known)));
            }
        }
    }

    private static String unknown(String name, Map<String, Node> known) {
        for (String k : known.keySet()) {
            if (k.equalsIgnoreCase(name)) {
                return "unknown name '" + name + "'; did you mean '" + k + "'?";
            }
        }
        return "unknown name '" + name + "'; known names: " + String.join(", ", known.keySet());
    }
}
