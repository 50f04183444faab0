package nl.impact.model;

import java.util.List;

/**
 * What a name of a KPI's formula adds up from the computed plan: effects in euros, effects in
 * hours, FTE or persons (capacity), or quantities of the kernaanpakken. Each item is
 * {@code kernaanpak/name}, where either part may be {@code *}: {@code kernteam-ouderen/*} is every
 * effect of that kernaanpak.
 *
 * @param domains only the effects' amounts in these domains; empty for every domain (quantities have none)
 * @param unit the unit of capacity added up ({@code uur}, {@code fte} or {@code personen}); null otherwise
 * @param path where the selection stands in the scenario, for messages
 */
public record KpiSelection(Kind kind, List<String> items, List<String> domains, EffectUnit unit, String path) {

    /** What is added up. */
    public enum Kind {
        /** Effects in euros (effects.csv). */
        EFFECTS("effects"),
        /** Effects in hours, FTE or persons (capacity.csv), of one unit. */
        CAPACITY("capacity"),
        /** Quantities of the kernaanpakken (quantities.csv). */
        QUANTITIES("quantities");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The key in scenario files. */
        public String key() {
            return key;
        }
    }

    public KpiSelection {
        items = List.copyOf(items);
        domains = List.copyOf(domains);
    }
}
