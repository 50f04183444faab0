package nl.impact.report.diff;

/**
 * What is compared, for the headings of a diff report.
 *
 * @param name the scenario's name (the new version's)
 * @param before how the old version is named ({@code scenarios/a.yaml}, {@code main:scenarios/a.yaml})
 * @param after how the new version is named, overrides included
 */
public record DiffTitle(String name, String before, String after) {
}
