package nl.impact.model;

import java.util.Locale;
import java.util.Optional;

/** Which way a KPI improves. It decides what "below the band" means: always "worse than the minimal effect". */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** The key used in scenario files: {@code higher-is-better}, {@code lower-is-better}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when {@code a} is a better result than {@code b}. */
    public boolean isBetter(java.math.BigDecimal a, java.math.BigDecimal b) {
        int c = a.compareTo(b);
        return this == HIGHER_IS_BETTER ? c > 0 : c < 0;
    }

    public static Optional<Direction> fromKey(String key) {
        for (Direction d : values()) {
            if (d.key().equals(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
