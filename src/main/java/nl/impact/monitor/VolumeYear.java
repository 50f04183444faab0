package nl.impact.monitor;

import java.math.BigDecimal;
import java.util.List;
import nl.impact.model.HalfYear;
import nl.impact.model.VolumeRule;

/**
 * A volume of a kernaanpak in one plan year as the forecast takes it: the plan's value (expected
 * variant), and the year made from its half years, realised where reported and the plan's elsewhere.
 *
 * @param scope the kernaanpak's scope in the plan, whose name the forecast replaces
 * @param realised the half years of the year with a realised value
 */
public record VolumeYear(String kernaanpak, String name, int scope, int year, VolumeRule rule, BigDecimal planned,
        BigDecimal forecast, List<HalfYear> realised) {

    public VolumeYear {
        realised = List.copyOf(realised);
    }
}
