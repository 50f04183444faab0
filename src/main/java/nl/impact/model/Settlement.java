package nl.impact.model;

import java.util.Map;

/**
 * A settlement (verrekening): money the plan moves from one financier to another, neither a benefit
 * nor an investment. Its amount is either a cost as a budget line gives one ({@code cost}: an amount
 * per plan year, or a quantity times a tariff, over the names of its kernaanpak), or a share of
 * effects ({@code share} of the euros {@code of} selects, in the years they fall in). It sums to zero
 * for the plan: what {@code to} receives, {@code from} pays.
 *
 * @param kernaanpak the kernaanpak whose names a cost reads, or {@link BudgetLine#PROGRAMME}
 * @param cost the amount as a budget line's cost, or null for a share of effects
 * @param parameters the settlement's own inputs, which a cost's formula figures use
 * @param share the fraction of the selected effects, or null for a cost
 * @param of the effects a share is taken of (kind {@link KpiSelection.Kind#EFFECTS}), or null
 * @param path where it is defined in the scenario, for messages and audit trails
 */
public record Settlement(String id, String name, String path, String from, String to, String kernaanpak,
        BudgetCost cost, Map<String, Parameter> parameters, Parameter share, KpiSelection of, String note) {

    /** The section of the scenario. */
    public static final String SECTION = "settlements";

    public Settlement {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    /** True when the amount is a share of effects, not a cost. */
    public boolean isShare() {
        return share != null;
    }

    /** The settlement as the budget line its cost would be: its scope of names is planned the same way. */
    public BudgetLine asLine() {
        return new BudgetLine(id, path, name, kernaanpak, BudgetCategory.OTHER, cost, Map.of(), note,
                parameters);
    }
}
