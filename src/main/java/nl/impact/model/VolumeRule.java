package nl.impact.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the two half years of a realised volume make its year: households or clients started in each
 * half year add up ({@code sum}); fte, teams or wijken working in each half year are a level, and
 * the year's is the mean of its halves ({@code average}).
 */
public enum VolumeRule {
    SUM, AVERAGE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VolumeRule> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
    }
}
