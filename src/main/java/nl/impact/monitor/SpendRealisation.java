package nl.impact.monitor;

import java.math.BigDecimal;
import nl.impact.model.HalfYear;

/**
 * Euros spent on a budget line, paid by one financier, in a half year (the financial monitoring of
 * the NZa Verantwoordingskader: the project administration's cost registration).
 *
 * @param row the row in the realisations file, for messages
 */
public record SpendRealisation(String line, String financier, HalfYear period, BigDecimal euros, String note, int row) {
}
