package nl.impact.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.impact.model.Band;
import nl.impact.model.CapacityResult;
import nl.impact.model.EffectUnit;
import nl.impact.model.YearSeries;

/**
 * Capacity added up per unit: per financier (in the scenario's order) and over all financiers,
 * per effect year. Hours, FTE and persons are never added to each other.
 */
public final class CapacityTotals {

    /** The financier of a total over all financiers. */
    public static final String ALL = "all";

    /** One total: {@code financier} is a financier or {@link #ALL}. */
    public record Total(String financier, EffectUnit unit, Band<YearSeries> values) {
    }

    private CapacityTotals() {
    }

    /** Per unit that occurs, the total per financier that has any, then over all financiers. */
    public static List<Total> of(RunResult result) {
        List<CapacityResult> all = result.capacity().toList();
        List<Total> totals = new ArrayList<>();
        for (EffectUnit unit : EffectUnit.values()) {
            List<CapacityResult> inUnit = all.stream().filter(c -> c.unit() == unit).toList();
            if (inUnit.isEmpty()) {
                continue;
            }
            for (String financier : result.scenario().allFinanciers()) {
                sum(inUnit.stream().filter(c -> c.financier().equals(financier)).toList())
                        .ifPresent(values -> totals.add(new Total(financier, unit, values)));
            }
            totals.add(new Total(ALL, unit, sum(inUnit).orElseThrow()));
        }
        return List.copyOf(totals);
    }

    /** The sum of the results' yearly values per variant; empty for none. */
    public static Optional<Band<YearSeries>> sum(List<CapacityResult> results) {
        return results.stream().map(CapacityResult::values)
                .reduce((a, b) -> Band.from(v -> a.get(v).plus(b.get(v))));
    }
}
