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
 * @param parameters the line's own inputs (a fixed part, a price per participant, a threshold),
 *     which its formula figures use; each with its band and provenance
 */
public record BudgetLine(
        String id,
        String path,
        String post,
        String kernaanpak,
        BudgetCategory category,
        BudgetCost cost,
        Map<String, Parameter> shares,
        String note,
        Map<String, Parameter> parameters) {

    /** A line without parameters of its own. */
    public BudgetLine(String id, String path, String post, String kernaanpak, BudgetCategory category,
            BudgetCost cost, Map<String, Parameter> shares, String note) {
        this(id, path, post, kernaanpak, category, cost, shares, note, Map.of());
    }

    /**
     * The line's figures (amount, quantity, tariff) written as formulas: over the line's own
     * parameters, the shared parameters and the names of its kernaanpak. Empty for a line of numbers.
     */
    public java.util.List<Parameter> formulaFigures() {
        java.util.List<Parameter> figures = new java.util.ArrayList<>();
        if (cost instanceof BudgetCost.Amount amount) {
            figures.add(amount.amount());
        } else if (cost instanceof BudgetCost.PerUnit perUnit) {
            if (perUnit.quantity() instanceof BudgetCost.GivenQuantity given) {
                figures.add(given.parameter());
            }
            figures.add(perUnit.tariff());
        }
        figures.removeIf(p -> !p.isFormula());
        return figures;
    }

    /** True when a figure of the line is a formula, so the line is computed by a calculation plan. */
    public boolean hasFormulas() {
        return !formulaFigures().isEmpty();
    }

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
