package nl.impact.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Plan;

/**
 * Values that replace what a {@link Plan} computes, so that the one exact evaluation also gives the
 * plan as it turned out (a forecast from realisations) or as it would be after a decision (activities
 * stopped): a name of a scope in a plan year (a kernaanpak's households, fte, teams; whatever the
 * scope computes from it follows), and a flow's value in a start year after its share (an effect's
 * value of the cases starting that year, before its timing spreads it; a budget line's part paid by
 * one financier in that year). A year without an adjustment keeps the plan's own value.
 */
public final class Adjustments {

    public static final Adjustments NONE = new Adjustments(0, Map.of(), Map.of());

    private final int firstYear;
    /** Per scope, per name, the value per plan year (null: the plan's own). */
    private final Map<Integer, Map<String, BigDecimal[]>> names;
    /** Per flow index, the value per plan year (null: the plan's own). */
    private final Map<Integer, BigDecimal[]> flows;

    private Adjustments(int firstYear, Map<Integer, Map<String, BigDecimal[]>> names, Map<Integer, BigDecimal[]> flows) {
        this.firstYear = firstYear;
        this.names = names;
        this.flows = flows;
    }

    public static Builder of(Plan plan) {
        return new Builder(plan);
    }

    public boolean isEmpty() {
        return names.isEmpty() && flows.isEmpty();
    }

    /** The value that replaces a scope's name in a plan year, or null. */
    BigDecimal name(int scope, String name, int year) {
        Map<String, BigDecimal[]> ofScope = names.get(scope);
        BigDecimal[] values = ofScope == null ? null : ofScope.get(name);
        return values == null ? null : values[year - firstYear];
    }

    /** True when some year of the flow is replaced. */
    boolean touches(Flow flow) {
        return flows.containsKey(flow.index());
    }

    /** {@code values} (per plan year, from the first) with the flow's replaced years put in; the same array when none is. */
    BigDecimal[] flow(Flow flow, BigDecimal[] values) {
        BigDecimal[] replaced = flows.get(flow.index());
        if (replaced == null) {
            return values;
        }
        BigDecimal[] out = values.clone();
        for (int p = 0; p < out.length; p++) {
            if (replaced[p] != null) {
                out[p] = replaced[p];
            }
        }
        return out;
    }

    /** Collects adjustments of one plan; a later value for the same place and year replaces an earlier one. */
    public static final class Builder {
        private final Plan plan;
        private final int planYears;
        private final Map<Integer, Map<String, BigDecimal[]>> names = new HashMap<>();
        private final Map<Integer, BigDecimal[]> flows = new HashMap<>();

        private Builder(Plan plan) {
            this.plan = plan;
            this.planYears = plan.years().last() - plan.years().first() + 1;
        }

        /** Replaces name {@code name} of scope {@code scope} in plan year {@code year}. */
        public Builder name(int scope, String name, int year, BigDecimal value) {
            names.computeIfAbsent(scope, s -> new HashMap<>())
                    .computeIfAbsent(name, n -> new BigDecimal[planYears])[index(year)] = value;
            return this;
        }

        /** Replaces the value of {@code flow} for start year (or, for an investment, plan year) {@code year}. */
        public Builder flow(Flow flow, int year, BigDecimal value) {
            flows.computeIfAbsent(flow.index(), f -> new BigDecimal[planYears])[index(year)] = value;
            return this;
        }

        /** The flow's value in {@code year} as replaced so far, or null. */
        public BigDecimal flow(Flow flow, int year) {
            BigDecimal[] values = flows.get(flow.index());
            return values == null ? null : values[index(year)];
        }

        public Adjustments build() {
            Map<Integer, Map<String, BigDecimal[]>> namesCopy = new HashMap<>();
            names.forEach((scope, byName) -> {
                Map<String, BigDecimal[]> copy = new HashMap<>();
                byName.forEach((name, values) -> copy.put(name, values.clone()));
                namesCopy.put(scope, copy);
            });
            Map<Integer, BigDecimal[]> flowsCopy = new HashMap<>();
            flows.forEach((flow, values) -> flowsCopy.put(flow, values.clone()));
            return new Adjustments(plan.years().first(), namesCopy, flowsCopy);
        }

        private int index(int year) {
            if (!plan.years().isPlanYear(year)) {
                throw new IllegalArgumentException(year + " is no plan year");
            }
            return year - plan.years().first();
        }
    }
}
