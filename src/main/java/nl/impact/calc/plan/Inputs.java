package nl.impact.calc.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.model.Area;
import nl.impact.model.AreaColumn;
import nl.impact.model.AreaTable;
import nl.impact.model.Band;
import nl.impact.model.Parameter;
import nl.impact.model.YearValues;

/**
 * The register of inputs: every number a plan uses, once, in the order the plan first uses it,
 * found by its path without a scan. Sensitivity, simulation, diff, {@code --set}, the sources of
 * the report and the labels of the tornado all read it.
 */
public final class Inputs {

    /** The prefix of an area table cell's path: {@code areas.WK091701.startjaar}. */
    public static final String AREAS = "areas";

    private final List<Input> all = new ArrayList<>();
    private final Map<String, Input> byPath = new HashMap<>();
    private final List<Input> formulas = new ArrayList<>();
    private final Map<String, Input> formulasByPath = new HashMap<>();
    private AreaTable table;
    private Map<String, Integer> areaByCode = Map.of();

    /** The input at {@code parameter}'s path, registered with {@code label} on first use. */
    Input register(Parameter parameter, String label) {
        Input known = byPath.get(parameter.path());
        if (known != null) {
            return known;
        }
        Input input = new Input(all.size(), parameter.path(), label, Input.Kind.of(parameter.kind(), parameter.unit()),
                parameter);
        all.add(input);
        byPath.put(input.path(), input);
        return input;
    }

    /**
     * A figure of the scenario written as a formula over other names, registered with {@code label}
     * on first use: no input (its value follows from the inputs), but a figure of the plan all the same,
     * which the sources of the report count as derived.
     */
    void registerFormula(Parameter parameter, String label) {
        if (!formulasByPath.containsKey(parameter.path())) {
            Input formula = new Input(formulas.size(), parameter.path(), label,
                    Input.Kind.of(parameter.kind(), parameter.unit()), parameter);
            formulas.add(formula);
            formulasByPath.put(formula.path(), formula);
        }
    }

    /**
     * Registers every declared cell of an area table: one input per area and column, made when it is
     * asked for, so a national table adds no object per cell.
     */
    void registerCells(AreaTable areas) {
        this.table = areas;
        Map<String, Integer> codes = new HashMap<>();
        for (int a = 0; a < areas.areas().size(); a++) {
            codes.put(areas.areas().get(a).code(), a);
        }
        this.areaByCode = codes;
    }

    /** The scenario's own figures: parameters, effect amounts and corrections, budget figures and shares. */
    public List<Input> all() {
        return Collections.unmodifiableList(all);
    }

    /**
     * The scenario's figures written as formulas (parameters, effect amounts and corrections, budget
     * figures), in the order the plan first uses them; not inputs: {@code index} is the place in this
     * list, and none is in {@link #all()}, {@link #byPath} or {@link #size()}.
     */
    public List<Input> formulas() {
        return Collections.unmodifiableList(formulas);
    }

    /** Every declared cell of the area table, area by area (empty without one); made as it is read. */
    public List<Input> cells() {
        if (table == null) {
            return List.of();
        }
        int columns = table.columns().size();
        return new java.util.AbstractList<>() {
            @Override
            public Input get(int index) {
                return cell(index / columns, index % columns);
            }

            @Override
            public int size() {
                return table.areas().size() * columns;
            }
        };
    }

    /** The number of inputs: the figures and the area table's cells. */
    public int size() {
        return all.size() + (table == null ? 0 : table.areas().size() * table.columns().size());
    }

    public Input get(int index) {
        return index < all.size() ? all.get(index) : cells().get(index - all.size());
    }

    /** The input at {@code path}: a figure, or an area table's cell ({@code areas.CODE.column}). */
    public Optional<Input> byPath(String path) {
        Input figure = byPath.get(path);
        if (figure != null || table == null || !path.startsWith(AREAS + ".")) {
            return Optional.ofNullable(figure);
        }
        return cellAt(path).map(at -> cell(at[0], at[1]));
    }

    /**
     * The area and column of a cell's path, or empty when it names none: {@code areas.CODE.column},
     * the code in double quotes when it holds a dot, or as it is (a code may hold dots; a column is a name).
     */
    public Optional<int[]> cellAt(String path) {
        List<Object> steps = path == null ? null : nl.impact.model.Paths.steps(path);
        if (table == null || steps == null || steps.size() < 3 || !AREAS.equals(steps.get(0))) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (int i = 1; i < steps.size() - 1; i++) {
            if (!(steps.get(i) instanceof String key)) {
                return Optional.empty();
            }
            code.append(i > 1 ? "." : "").append(key);
        }
        Integer area = areaByCode.get(code.toString());
        int column = steps.get(steps.size() - 1) instanceof String name ? table.column(name) : -1;
        return area == null || column < 0 ? Optional.empty() : Optional.of(new int[] {area, column});
    }

    /** The path of an area table's cell: {@code areas.WK091701.startjaar}. */
    public static String cellPath(Area area, AreaColumn column) {
        return nl.impact.model.Paths.child(nl.impact.model.Paths.child(AREAS, area.code()), column.name());
    }

    private Input cell(int area, int column) {
        Area a = table.areas().get(area);
        AreaColumn c = table.columns().get(column);
        Parameter value = new Parameter(c.name(), cellPath(a, c), c.unit(), c.kind(), c.description(),
                Band.of(YearValues.constant(a.value(column))), null, false, table.provenance(a, c));
        return new Input(all.size() + area * table.columns().size() + column, value.path(),
                a.name() + " (" + a.code() + ") - " + c.header(), Input.Kind.of(c.kind(), c.unit()), value);
    }

    /** The Dutch label of the input at {@code path}, or the path itself when no input stands there. */
    public String label(String path) {
        Input input = byPath.get(path);
        return input == null ? path : input.label();
    }
}
