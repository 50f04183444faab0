package nl.impact.model;

import java.util.List;

/**
 * A milestone of the mijlpalenplanning (bijlage 3): a process indicator (PPI) due in a half year,
 * the kernaanpakken it belongs to, its measurable target and the tranche whose payment depends on it.
 *
 * @param kernaanpakken the kernaanpak ids, or {@link BudgetLine#PROGRAMME} for the programme as a whole
 * @param tranche the payment that depends on it, or null when none does
 * @param path where it stands in the scenario, for messages
 */
public record Milestone(String id, String path, HalfYear halfYear, String description, List<String> kernaanpakken,
        MilestoneTarget target, Tranche tranche, String note) {

    public Milestone {
        kernaanpakken = List.copyOf(kernaanpakken);
    }

    public boolean hasTranche() {
        return tranche != null;
    }
}
