package nl.impact.model;

import java.util.Map;

/**
 * One line of the begroting: what it pays for ({@code post}), the kernaanpak it belongs to (or
 * {@link #PROGRAMME} for a programme-wide line), its category, its cost per plan year and who pays
 * it in what share. The shares are fractions per financier that add up to 1 in every variant and
 * plan year.
 *
 * @param path where it is defined in the scenario, for messages and audit trails
 * @param shares share per financier, in the scenario's order
 */
public record BudgetLine(
        String id,
        String path,
        String post,
        String kernaanpak,
        BudgetCategory category,
        BudgetCost cost,
        Map<String, Parameter> shares,
        String note) {

    /** The kernaanpak key of a line that belongs to the programme as a whole, not to one kernaanpak. */
    public static final String PROGRAMME = "programma";

    /** The line key of the total rows in budget.csv, so not a line id. */
    public static final String TOTAL = "total";

    public boolean isProgrammeWide() {
        return PROGRAMME.equals(kernaanpak);
    }

    /**
     * The shares when the cost is split over several financiers; empty when one financier pays all
     * of it, since a whole share is no estimate and adds no uncertainty to the line.
     */
    public Map<String, Parameter> split() {
        return shares.size() > 1 ? shares : Map.of();
    }
}
