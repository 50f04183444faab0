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

    /** True when an item ({@code kernaanpak/name}, either part {@code *}) takes {@code name} of {@code kernaanpak}. */
    public boolean takes(String kernaanpak, String name) {
        for (String item : items) {
            int slash = item.indexOf('/');
            String k = slash < 0 ? item : item.substring(0, slash);
            String n = slash < 0 ? "*" : item.substring(slash + 1);
            if ((k.equals("*") || k.equals(kernaanpak)) && (n.equals("*") || n.equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** True when the selection takes amounts in {@code domain}: every domain when it names none. */
    public boolean takesDomain(String domain) {
        return domains.isEmpty() || domains.contains(domain);
    }
}
