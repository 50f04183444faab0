package nl.impact.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half year of a plan, written {@code 2025-H1} (January to June) or {@code 2025-H2} (July to
 * December): the period the plan's process indicators (PPI's) and their payments are monitored by.
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    private static final Pattern KEY = Pattern.compile("(\\d{4})-H([12])");

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("a half year is 1 or 2");
        }
    }

    /** The half year a key such as {@code 2025-H1} names, or empty when it names none. */
    public static Optional<HalfYear> parse(String key) {
        Matcher m = KEY.matcher(key);
        return m.matches() ? Optional.of(new HalfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** True when {@code key} is written as a half year, whatever its year. */
    public static boolean looksLike(String key) {
        return KEY.matcher(key).matches();
    }

    public String key() {
        return year + "-H" + half;
    }

    public boolean isSecond() {
        return half == 2;
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    /** The first day of the half year. */
    public LocalDate start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    /** The last day of the half year. */
    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(HalfYear other) {
        return Integer.compare(year * 2 + half, other.year * 2 + other.half);
    }

    @Override
    public String toString() {
        return key();
    }
}
