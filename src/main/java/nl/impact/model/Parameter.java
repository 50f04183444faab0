package nl.impact.model;

/**
 * One parameter definition: it drives every use of the figure, its value per variant and year,
 * its band, its unit and its provenance. Either {@code values} or {@code formula} is set: a
 * formula parameter is derived from other names of its kernaanpak.
 *
 * @param path where it is defined in the scenario, for messages and audit trails
 * @param distribution how a banded parameter is drawn in a simulation (see docs/uncertainty.md)
 */
public record Parameter(
        String name,
        String path,
        String unit,
        ParameterKind kind,
        String description,
        Band<YearValues> values,
        String formula,
        boolean banded,
        Provenance provenance,
        Distribution distribution) {

    /** A parameter drawn, when banded, from the default distribution. */
    public Parameter(String name, String path, String unit, ParameterKind kind, String description,
            Band<YearValues> values, String formula, boolean banded, Provenance provenance) {
        this(name, path, unit, kind, description, values, formula, banded, provenance, Distribution.DEFAULT);
    }

    public boolean isFormula() {
        return formula != null;
    }
}
