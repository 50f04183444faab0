package nl.impact.calc.compiled;

/** The values of the banded parameters in a block of draws, given by the caller of a compiled plan. */
@FunctionalInterface
public interface InputValues {

    /**
     * Writes the value of input {@code input} in plan year {@code yearIndex} (counted from the first
     * plan year) for draws {@code 0..n-1} into {@code column}. In a plan compiled with shared
     * constant inputs, an input whose band is the same in every plan year is asked for year 0 only.
     */
    void fill(int input, int yearIndex, double[] column, int n);
}
