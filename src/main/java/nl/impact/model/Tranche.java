package nl.impact.model;

import java.math.BigDecimal;

/**
 * The part of the transformatiemiddelen that is paid when a milestone is reached: {@code amount}
 * euros by {@code financier}, funding the begroting's line {@code line} in the milestone's year.
 *
 * @param path where it stands in the scenario, for messages
 */
public record Tranche(BigDecimal amount, String financier, String line, String path, Provenance provenance) {
}
