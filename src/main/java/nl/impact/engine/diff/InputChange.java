package nl.impact.engine.diff;

/**
 * One input that differs between two scenario trees, at the level of a value in the file.
 *
 * @param path where it is, as messages write paths ({@code kernaanpakken.x.clientenPerFte.value})
 * @param group the input it belongs to (a parameter, an effect amount, a budget line, a domain...):
 *     the unit the attribution splits the change over
 * @param before the old value as compact text; null when added
 * @param after the new value as compact text; null when removed
 * @param provenanceBefore the group's provenance in the old scenario ({@code source: plan L1780}); empty when none
 * @param provenanceAfter the same in the new scenario; {@code override: --set ...} for a what-if
 */
public record InputChange(String path, String group, String before, String after, String provenanceBefore,
        String provenanceAfter) {

    /** {@code added}, {@code removed} or {@code changed}. */
    public String kind() {
        return before == null ? "added" : after == null ? "removed" : "changed";
    }
}
