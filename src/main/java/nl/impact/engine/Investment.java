package nl.impact.engine;

import nl.impact.model.Band;
import nl.impact.model.YearSeries;

/**
 * The part of one budget line one financier pays, in euros per plan year, per variant. A positive
 * number: an investment is a cost, and only the business case subtracts it.
 *
 * @param line the budget line's id
 * @param kernaanpak the kernaanpak id, or {@code programma} for a programme-wide line
 */
public record Investment(String line, String kernaanpak, String financier, Band<YearSeries> values) {
}
