package nl.impact.model;

/**
 * A domain: a pot money comes from, usually a law (Wmo, Zvw) but not necessarily (employers, a
 * province, a fund), and the financier who pays its costs. {@code law} is the domain's name when
 * the scenario gives none.
 */
public record Domain(String name, String law, String financier) {

    /** Why {@code name} is not a domain, for messages wherever a scenario names one. */
    public static String unknown(String name, java.util.Collection<String> known) {
        return known.isEmpty()
                ? "unknown domain '" + name + "': the scenario has no domains; declare it under 'domains' with "
                        + "the financier who pays it"
                : "unknown domain '" + name + "'; the scenario's domains are " + String.join(", ", known);
    }
}
