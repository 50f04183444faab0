package nl.impact.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one kernaanpak and what each refers to, put in an order in which every name comes
 * after the names it uses. Finds references to unknown names and cycles.
 */
public final class NameGraph {

    /** A name that refers to itself, directly or through others: {@code cycle} runs from it back to it. */
    public record Cycle(List<String> cycle) {
        public String describe() {
            return cycle.size() == 2 ? "'" + cycle.get(0) + "' refers to itself"
                    : "formulas refer to each other in a cycle: " + String.join(" -> ", cycle);
        }
    }

    private final Map<String, Set<String>> uses = new LinkedHashMap<>();

    /** Adds a name; {@code references} are the names its formula uses (empty for an input). */
    public void add(String name, Set<String> references) {
        uses.put(name, references);
    }

    /** The names in evaluation order; cycles found are reported and their names left out. */
    public List<String> order(List<Cycle> cycles) {
        List<String> order = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 visiting, 2 done
        for (String name : uses.keySet()) {
            visit(name, state, new ArrayList<>(), order, cycles);
        }
        return Collections.unmodifiableList(order);
    }

    private void visit(String name, Map<String, Integer> state, List<String> trail, List<String> order,
            List<Cycle> cycles) {
        Integer s = state.get(name);
        if (s != null && s == 2) {
            return;
        }
        if (s != null) {
            List<String> cycle = new ArrayList<>(trail.subList(trail.indexOf(name), trail.size()));
            cycle.add(name);
            cycles.add(new Cycle(cycle));
            return;
        }
        state.put(name, 1);
        trail.add(name);
        int before = cycles.size();
        for (String used : uses.getOrDefault(name, Set.of())) {
            if (uses.containsKey(used)) {
                visit(used, state, trail, order, cycles);
            }
        }
        trail.remove(trail.size() - 1);
        state.put(name, 2);
        if (cycles.size() == before) {
            order.add(name);
        }
    }
}
