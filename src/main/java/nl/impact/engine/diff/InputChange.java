package nl.impact.engine.diff;

/**
 * One input that differs between two scenarios: a value in the file, or a value of the register of
 * inputs that the file's text does not show (an area table's cell, a workbook's cell, an area added
 * to or removed from the table).
 *
 * @param path where it is, as messages write paths ({@code kernaanpakken.x.clientenPerFte.value},
 *     {@code areas.WK091701.startjaar})
 * @param group the input it belongs to (a parameter, an effect amount, a budget line, a domain, an
 *     area's cell...): the unit the attribution splits the change over
 * @param label the group's Dutch label, from the scenario's own names
 *     ("Welzijn op Recept - clienten per fte", "Centrum (WK091701) - startjaar")
 * @param before the old value as compact text; null when added
 * @param after the new value as compact text; null when removed
 * @param provenanceBefore the group's provenance in the old scenario ({@code source: plan L1780}); empty when none
 * @param provenanceAfter the same in the new scenario; {@code override: --set ...} for a what-if
 */
public record InputChange(String path, String group, String label, String before, String after,
        String provenanceBefore, String provenanceAfter) {

    /** {@code added}, {@code removed} or {@code changed}. */
    public String kind() {
        return before == null ? "added" : after == null ? "removed" : "changed";
    }
}
