package nl.impact.model;

import java.util.List;

/**
 * The activities tied to a KPI: the kernaanpakken whose funding the insurer may stop when the KPI
 * falls below its band twice in a row (the plan's spelregels), with where that tie comes from.
 *
 * @param provenance null when no kernaanpak is tied
 */
public record KpiActivities(List<String> kernaanpakken, Provenance provenance) {

    public static final KpiActivities NONE = new KpiActivities(List.of(), null);

    public KpiActivities {
        kernaanpakken = List.copyOf(kernaanpakken);
    }

    public boolean isEmpty() {
        return kernaanpakken.isEmpty();
    }
}
