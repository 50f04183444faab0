package nl.impact.model;

import java.util.function.Function;

/** One value per {@link Variant}: the minimal-effect, expected and maximal-effect scenario. */
public record Band<T>(T min, T expected, T max) {

    public static <T> Band<T> of(T value) {
        return new Band<>(value, value, value);
    }

    public static <T> Band<T> from(Function<Variant, T> f) {
        return new Band<>(f.apply(Variant.MIN), f.apply(Variant.EXPECTED), f.apply(Variant.MAX));
    }

    public T get(Variant variant) {
        return switch (variant) {
            case MIN -> min;
            case EXPECTED -> expected;
            case MAX -> max;
        };
    }

    public <R> Band<R> map(Function<T, R> f) {
        return new Band<>(f.apply(min), f.apply(expected), f.apply(max));
    }
}
