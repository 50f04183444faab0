package nl.impact.model;

import java.math.BigDecimal;

/**
 * Where and from when a kernaanpak runs: in every area, or only where the column {@code where} is
 * non-zero; from the plan's first year, or from the year the column {@code from} gives.
 *
 * @param where the index of the column that says whether it runs, or -1 for every area
 * @param from the index of the column with the first year, or -1 for the plan's first year
 */
public record Rollout(int where, int from) {

    public static final Rollout EVERYWHERE = new Rollout(-1, -1);

    /** Whether cases start in {@code area} in {@code year}. */
    public boolean active(Area area, int year) {
        if (where >= 0 && area.value(where).signum() == 0) {
            return false;
        }
        return from < 0 || area.value(from).compareTo(BigDecimal.valueOf(year)) <= 0;
    }

    /** Whether it runs in {@code area} in any year. */
    public boolean anywhere(Area area) {
        return where < 0 || area.value(where).signum() != 0;
    }
}
