package nl.impact.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.impact.model.Band;
import nl.impact.model.YearValues;

/**
 * Values of the register of inputs that replace a plan's own in a {@link Recomputation}: figures by
 * their register path, and an area table's rows by their code (cells that change, rows added,
 * rows removed). Paths and codes the plan does not have are left out when it is evaluated.
 *
 * @param figures per register path of a figure, its values per variant and year
 * @param cells per area code, the values of the columns (by name) that change; for an added area, all of them
 * @param added codes of areas the plan's table lacks (their columns are in {@code cells})
 * @param removed codes of areas to leave out
 */
public record InputOverrides(Map<String, Band<YearValues>> figures, Map<String, Map<String, BigDecimal>> cells,
        Set<String> added, Set<String> removed) {

    public static final InputOverrides NONE = new InputOverrides(Map.of(), Map.of(), Set.of(), Set.of());

    public InputOverrides {
        figures = Map.copyOf(figures);
        cells = Map.copyOf(cells);
        added = Set.copyOf(added);
        removed = Set.copyOf(removed);
    }

    /** The figure at {@code path} with {@code values}. */
    public static InputOverrides figure(String path, Band<YearValues> values) {
        return new InputOverrides(Map.of(path, values), Map.of(), Set.of(), Set.of());
    }

    /** The cell of area {@code code} in column {@code column} with {@code value}. */
    public static InputOverrides cell(String code, String column, BigDecimal value) {
        return new InputOverrides(Map.of(), Map.of(code, Map.of(column, value)), Set.of(), Set.of());
    }

    /** An area the table lacks, with its value in every column. */
    public static InputOverrides addedArea(String code, Map<String, BigDecimal> values) {
        return new InputOverrides(Map.of(), Map.of(code, values), Set.of(code), Set.of());
    }

    /** An area of the table left out. */
    public static InputOverrides removedArea(String code) {
        return new InputOverrides(Map.of(), Map.of(), Set.of(), Set.of(code));
    }

    /** These and {@code other} together; where both set the same value, {@code other}'s. */
    public InputOverrides plus(InputOverrides other) {
        if (isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        Map<String, Band<YearValues>> f = new HashMap<>(figures);
        f.putAll(other.figures);
        Map<String, Map<String, BigDecimal>> c = new HashMap<>(cells);
        other.cells.forEach((code, values) -> c.merge(code, values, (a, b) -> {
            Map<String, BigDecimal> both = new HashMap<>(a);
            both.putAll(b);
            return both;
        }));
        Set<String> a = new HashSet<>(added);
        a.addAll(other.added);
        Set<String> r = new HashSet<>(removed);
        r.addAll(other.removed);
        return new InputOverrides(f, c, a, r);
    }

    public boolean isEmpty() {
        return figures.isEmpty() && cells.isEmpty() && added.isEmpty() && removed.isEmpty();
    }
}
