package nl.impact.calc.compiled;

/** The values of an area table's columns in a block where each draw is an area, given by the caller. */
@FunctionalInterface
public interface ColumnValues {

    /** Writes column {@code column}'s value of areas {@code 0..n-1} of the block into {@code into}. */
    void fill(int column, double[] into, int n);
}
