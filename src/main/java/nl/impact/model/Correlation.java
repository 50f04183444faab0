package nl.impact.model;

import java.math.BigDecimal;

/**
 * A rank (Spearman) correlation between two banded parameters, named by their paths in the
 * scenario: how strongly they move together in a simulation. See docs/uncertainty.md.
 *
 * @param path where it is declared, {@code correlations[0]}, for messages
 */
public record Correlation(String first, String second, BigDecimal rank, Provenance provenance, String path) {
}
