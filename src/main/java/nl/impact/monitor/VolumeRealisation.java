package nl.impact.monitor;

import java.math.BigDecimal;
import nl.impact.model.HalfYear;

/**
 * A volume a kernaanpak reached in a half year: the value of one of its names (households started,
 * fte working, teams running), as the scenario's {@code mijlpalen.volumes} declares it.
 *
 * @param row the row in the realisations file, for messages
 */
public record VolumeRealisation(String kernaanpak, String name, HalfYear period, BigDecimal value, String note,
        int row) {
}
