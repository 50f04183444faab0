package nl.impact.engine.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.impact.calc.plan.Input;
import nl.impact.calc.plan.Plan;
import nl.impact.model.Area;
import nl.impact.model.BudgetLine;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Kpi;
import nl.impact.model.Paths;
import nl.impact.model.Scenario;

/**
 * The Dutch label of whatever a diff names by path: an input of the register by its own label
 * ("Kernteam ouderen - Kortere opnameduur en minder acute opnames (Zvw)", "Centrum (WK091701) -
 * startjaar"), the new version's first; anything else by the scenario's names for its part
 * (a kernaanpak, an effect, a budget line, a domain, a KPI, an area), so a reader knows it without
 * the path.
 */
final class ChangeLabels {

    private static final String SEPARATOR = " - ";

    private final Plan before;
    private final Plan after;
    private final Map<Scenario, Map<String, Map<String, Object>>> indexes = new java.util.IdentityHashMap<>();

    ChangeLabels(Plan before, Plan after) {
        this.before = before;
        this.after = after;
    }

    String of(String path) {
        Optional<String> input = input(after, path).or(() -> input(before, path));
        if (input.isPresent()) {
            return input.get();
        }
        List<Object> steps = Paths.steps(path);
        if (steps == null || steps.isEmpty() || !(steps.get(0) instanceof String section)) {
            return path;
        }
        String second = steps.size() > 1 && steps.get(1) instanceof String s ? s : null;
        return switch (section) {
            case "name" -> "naam van het scenario";
            case "description" -> "omschrijving van het scenario";
            case "years" -> "planjaren";
            case "discountRate" -> "disconteringsvoet";
            case "domains" -> second == null ? "domeinen" : "domein " + second;
            case "parameters" -> second == null ? "gedeelde parameters" : "gedeelde parameter " + second;
            case "correlations" -> "correlaties";
            case "kernaanpakken" -> second == null ? "kernaanpakken" : kernaanpak(second, steps.subList(2, steps.size()));
            case "begroting" -> begroting(steps);
            case "kpis" -> second == null ? "KPI's" : kpi(second);
            case "areas" -> second == null ? "gebiedentabel" : area(steps);
            default -> path;
        };
    }

    private static Optional<String> input(Plan plan, String path) {
        return plan.inputs().byPath(path).map(Input::label);
    }

    /** {@code Kernteam ouderen}, {@code Kernteam ouderen - effect Kortere opnameduur}, {@code Kernteam ouderen - formules}. */
    private String kernaanpak(String id, List<Object> rest) {
        Optional<Kernaanpak> k = kernaanpak(after.scenario(), id).or(() -> kernaanpak(before.scenario(), id));
        String name = k.map(Kernaanpak::name).orElse(id);
        if (rest.isEmpty() || !(rest.get(0) instanceof String key)) {
            return name;
        }
        if (key.equals("effects") && rest.size() > 1 && rest.get(1) instanceof Integer i && k.isPresent()
                && i < k.get().effects().size()) {
            return name + SEPARATOR + "effect " + k.get().effects().get(i).name();
        }
        return name + SEPARATOR + key;
    }

    private String begroting(List<Object> steps) {
        if (steps.size() < 3 || !"lines".equals(steps.get(1)) || !(steps.get(2) instanceof String id)) {
            return "begroting";
        }
        return line(after.scenario(), id).or(() -> line(before.scenario(), id)).map(BudgetLine::post)
                .orElse("begrotingspost " + id);
    }

    private String kpi(String id) {
        return kpiOf(after.scenario(), id).or(() -> kpiOf(before.scenario(), id)).map(Kpi::name).orElse("KPI " + id);
    }

    private String area(List<Object> steps) {
        // An area's code may hold dots: the steps after "areas" are its code.
        StringBuilder code = new StringBuilder();
        for (Object step : steps.subList(1, steps.size())) {
            code.append(code.length() > 0 ? "." : "").append(step);
        }
        return areaOf(after.scenario(), code.toString()).or(() -> areaOf(before.scenario(), code.toString()))
                .map(a -> a.name() + " (" + a.code() + ")").orElse("gebiedentabel, " + code);
    }

    private Optional<Kernaanpak> kernaanpak(Scenario scenario, String id) {
        return Optional.ofNullable(index(scenario, "kernaanpakken", () -> scenario.kernaanpakken(), Kernaanpak::id)
                .get(id)).map(Kernaanpak.class::cast);
    }

    private Optional<BudgetLine> line(Scenario scenario, String id) {
        return Optional.ofNullable(index(scenario, "lines", () -> scenario.begroting().lines(), BudgetLine::id)
                .get(id)).map(BudgetLine.class::cast);
    }

    private Optional<Kpi> kpiOf(Scenario scenario, String id) {
        return Optional.ofNullable(index(scenario, "kpis", () -> scenario.kpis(), Kpi::id).get(id)).map(Kpi.class::cast);
    }

    private Optional<Area> areaOf(Scenario scenario, String code) {
        return scenario.areas() == null ? Optional.empty()
                : Optional.ofNullable(index(scenario, "areas", () -> scenario.areas().areas(), Area::code).get(code))
                        .map(Area.class::cast);
    }

    /** The items of one kind of a scenario by their id, made once: a diff may label thousands of changes. */
    private <T> Map<String, Object> index(Scenario scenario, String kind, Supplier<List<T>> items,
            Function<T, String> id) {
        return indexes.computeIfAbsent(scenario, s -> new HashMap<>()).computeIfAbsent(kind, k -> {
            Map<String, Object> byId = new HashMap<>();
            for (T item : items.get()) {
                byId.putIfAbsent(id.apply(item), item);
            }
            return byId;
        });
    }
}
