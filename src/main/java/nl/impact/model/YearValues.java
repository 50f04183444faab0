package nl.impact.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/** A number that is either the same in every year or given year by year. Exact decimals. */
public record YearValues(BigDecimal constant, SortedMap<Integer, BigDecimal> perYear) {

    public YearValues {
        perYear = perYear == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(perYear));
        if ((constant == null) == (perYear == null)) {
            throw new IllegalArgumentException("either a constant or a value per year");
        }
    }

    public static YearValues constant(BigDecimal value) {
        return new YearValues(value, null);
    }

    public static YearValues perYear(SortedMap<Integer, BigDecimal> values) {
        return new YearValues(null, values);
    }

    public boolean isConstant() {
        return constant != null;
    }

    public boolean hasYear(int year) {
        return isConstant() || perYear.containsKey(year);
    }

    public BigDecimal at(int year) {
        if (isConstant()) {
            return constant;
        }
        BigDecimal value = perYear.get(year);
        if (value == null) {
            throw new IllegalArgumentException("no value for year " + year);
        }
        return value;
    }

    /** Combines two values year by year; constant only when both are. */
    public YearValues combine(YearValues other, BinaryOperator<BigDecimal> op) {
        if (isConstant() && other.isConstant()) {
            return constant(op.apply(constant, other.constant));
        }
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        for (Integer year : isConstant() ? other.perYear.keySet() : perYear.keySet()) {
            if (other.hasYear(year)) {
                out.put(year, op.apply(at(year), other.at(year)));
            }
        }
        return perYear(out);
    }
}
