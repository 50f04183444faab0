package nl.impact.calc.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.impact.calc.CalculationPlan;

/**
 * What an input of the register reaches in its plan: the names that read it (its own node, the
 * formulas over it, in its scope and in the budget lines' scopes under it, transitively), the flows
 * whose factors read any of those, and the scopes an evaluation of those flows needs. A diff
 * recomputes only that much when one input changes ({@code engine.Recomputation}). Built once per
 * plan, in one pass over its scopes and flows; each question then costs what it reaches.
 */
public final class Reach {

    /** The flows an input reaches, and the scopes to evaluate (parents first) to compute them. */
    public record Reached(int[] scopes, int[] flows) {
    }

    private final Plan plan;
    /** Per scope, its own names in lower case: formulas match names regardless of case. */
    private final List<Set<String>> own = new ArrayList<>();
    /** The names that are an input, by its register path. */
    private final Map<String, List<String>> inputNames = new HashMap<>();
    /** The names that are an area table's column, by the column's name. */
    private final Map<String, List<String>> columnNames = new HashMap<>();
    /** Per name (scope and name), the names whose formulas read it. */
    private final Map<String, List<String>> readers = new HashMap<>();
    /** Per name, the flows with a factor that reads it. */
    private final Map<String, List<Integer>> flowReaders = new HashMap<>();
    /** Per register path, the flows with that input as a factor. */
    private final Map<String, List<Integer>> flowsByInput = new HashMap<>();
    /** Per column name, the flows whose activity reads it (where or from when a kernaanpak runs). */
    private final Map<String, List<Integer>> flowsByColumn = new HashMap<>();

    private Reach(Plan plan) {
        this.plan = plan;
        for (Scope scope : plan.scopes()) {
            Set<String> names = new HashSet<>();
            scope.own().forEach(n -> names.add(lower(n.name())));
            own.add(names);
        }
        for (Scope scope : plan.scopes()) {
            for (CalculationPlan.Node node : scope.own()) {
                String key = key(scope.index(), node.name());
                if (plan.isColumn(node)) {
                    columnNames.computeIfAbsent(node.name(), c -> new ArrayList<>()).add(key);
                } else if (node.parameter() != null && node.formula() == null) {
                    inputNames.computeIfAbsent(node.parameter().path(), p -> new ArrayList<>()).add(key);
                }
                if (node.formula() != null) {
                    for (String used : node.formula().names()) {
                        String owner = owner(scope.index(), used);
                        if (owner != null) {
                            readers.computeIfAbsent(owner, o -> new ArrayList<>()).add(key);
                        }
                    }
                }
            }
        }
        for (Flow flow : plan.flows()) {
            for (Factor factor : flow.factors()) {
                if (factor instanceof Factor.Name name) {
                    addReader(owner(name.scope(), name.name()), flow);
                } else if (factor instanceof Factor.Figure figure && figure.input() != null) {
                    flowsByInput.computeIfAbsent(figure.input().path(), p -> new ArrayList<>()).add(flow.index());
                } else if (factor instanceof Factor.Figure figure && figure.isFormula()) {
                    for (String used : figure.formula().names()) {
                        addReader(owner(figure.scope(), used), flow);
                    }
                } else if (factor instanceof Factor.Active active) {
                    for (String column : new String[] {active.where(), active.from()}) {
                        if (column != null) {
                            flowsByColumn.computeIfAbsent(column, c -> new ArrayList<>()).add(flow.index());
                        }
                    }
                }
            }
        }
    }

    /** The reach of every input of {@code plan}. */
    public static Reach of(Plan plan) {
        return new Reach(plan);
    }

    /** What the inputs at {@code paths} (register paths of figures; others reach nothing) reach. */
    public Reached inputs(Collection<String> paths) {
        Set<Integer> flows = new TreeSet<>();
        Deque<String> start = new ArrayDeque<>();
        for (String path : paths) {
            start.addAll(inputNames.getOrDefault(path, List.of()));
            flows.addAll(flowsByInput.getOrDefault(path, List.of()));
        }
        return reached(start, flows);
    }

    /** What the area table's columns {@code columns} reach, in an area where they change. */
    public Reached columns(Collection<String> columns) {
        Set<Integer> flows = new TreeSet<>();
        Deque<String> start = new ArrayDeque<>();
        for (String column : columns) {
            start.addAll(columnNames.getOrDefault(column, List.of()));
            flows.addAll(flowsByColumn.getOrDefault(column, List.of()));
        }
        return reached(start, flows);
    }

    /** The scopes {@code flows} need, parents first: each flow's own and those its factors read. */
    public int[] scopes(Collection<Integer> flows) {
        Set<Integer> scopes = new TreeSet<>();
        for (int f : flows) {
            Flow flow = plan.flows().get(f);
            chain(flow.scope(), scopes);
            flow.factors().forEach(factor -> chain(factor.scope(), scopes));
        }
        return scopes.stream().mapToInt(Integer::intValue).toArray();
    }

    private Reached reached(Deque<String> start, Set<Integer> flows) {
        Set<String> seen = new HashSet<>(start);
        Deque<String> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            String name = queue.poll();
            flows.addAll(flowReaders.getOrDefault(name, List.of()));
            for (String reader : readers.getOrDefault(name, List.of())) {
                if (seen.add(reader)) {
                    queue.add(reader);
                }
            }
        }
        return new Reached(scopes(flows), flows.stream().mapToInt(Integer::intValue).toArray());
    }

    private void addReader(String owner, Flow flow) {
        if (owner != null) {
            flowReaders.computeIfAbsent(owner, o -> new ArrayList<>()).add(flow.index());
        }
    }

    /** The key of the name {@code name} as scope {@code scope} reads it: its own, or its parent's; null when neither has it. */
    private String owner(int scope, String name) {
        String lower = lower(name);
        for (int s = scope; s >= 0; s = plan.scope(s).parent()) {
            if (own.get(s).contains(lower)) {
                return s + ":" + lower;
            }
        }
        return null;
    }

    private void chain(int scope, Set<Integer> into) {
        for (int s = scope; s >= 0; s = plan.scope(s).parent()) {
            into.add(s);
        }
    }

    private static String key(int scope, String name) {
        return scope + ":" + lower(name);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
