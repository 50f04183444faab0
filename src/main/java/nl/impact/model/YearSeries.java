package nl.impact.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Exact values by year, as computed: a quantity or an effect over the years it falls in. */
public record YearSeries(SortedMap<Integer, BigDecimal> values) {

    public YearSeries {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** The value in {@code year}; zero in a year the series does not reach. */
    public BigDecimal at(int year) {
        return values.getOrDefault(year, BigDecimal.ZERO);
    }

    public BigDecimal total() {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The year-by-year sum of two series over the years of both. */
    public YearSeries plus(YearSeries other) {
        SortedMap<Integer, BigDecimal> sum = new TreeMap<>(values);
        other.values.forEach((year, v) -> sum.merge(year, v, BigDecimal::add));
        return new YearSeries(sum);
    }

    public static YearSeries empty() {
        return new YearSeries(new TreeMap<>());
    }
}
