package nl.impact.calc.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks effects or quantities by {@code kernaanpak/name}, where either part may be {@code *}:
 * {@code kernteam-ouderen/*} is every effect of that kernaanpak.
 */
public record Selector(String kernaanpak, String name) {

    /** The selectors written as {@code kernaanpak/name}; a malformed one is the fault of {@code path}. */
    public static List<Selector> parse(List<String> texts, String path) throws KpiException {
        List<Selector> selectors = new ArrayList<>();
        for (String text : texts) {
            int slash = text.indexOf('/');
            if (slash <= 0 || slash == text.length() - 1) {
                throw new KpiException(path, "expected kernaanpak/name (either part may be *), got '" + text + "'");
            }
            selectors.add(new Selector(text.substring(0, slash).strip(), text.substring(slash + 1).strip()));
        }
        return selectors;
    }

    public boolean matches(String kernaanpakId, String itemName) {
        return (kernaanpak.equals("*") || kernaanpak.equals(kernaanpakId)) && (name.equals("*") || name.equals(itemName));
    }

    /** True when it picks every effect of the kernaanpakken it matches ({@code k/*}, {@code *}/*). */
    public boolean wholeKernaanpak() {
        return name.equals("*");
    }

    @Override
    public String toString() {
        return kernaanpak + "/" + name;
    }
}
