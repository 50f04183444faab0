package nl.impact.model;

import java.util.stream.IntStream;

/**
 * The years of a plan: cases start in {@code first..last}; their effects are counted up to and
 * including {@code effectsUntil}.
 */
public record YearRange(int first, int last, int effectsUntil) {

    public YearRange {
        if (last < first || effectsUntil < last) {
            throw new IllegalArgumentException("years must satisfy first <= last <= effectsUntil");
        }
    }

    /** Every year an effect may fall in. */
    public IntStream effectYears() {
        return IntStream.rangeClosed(first, effectsUntil);
    }

    public boolean isPlanYear(int year) {
        return year >= first && year <= last;
    }
}
