package nl.impact.engine.simulation;

import java.util.Arrays;

/**
 * One thread's summary of the area and gemeente series ({@link AreaSeries}) of the blocks it draws: per
 * block the sums the summaries merge in block order (shifted by the block's first value, as for the
 * plan's own series); over all its blocks the counts of positive values, the least and greatest value,
 * and the histogram sketches, which add up the same whichever thread counted them; and, when
 * percentiles are exact, each value in its place among all draws.
 */
final class AreaTally implements AreaSeries.Sink {

    /** A block's sums per series, for {@link Summary#mergeSums}. */
    record BlockSums(int size, double[] shift, double[] sum, double[] squares) {
    }

    private final int size;
    private final Histogram[] histograms;
    private final double[][] kept;
    final long[] positive;
    final double[] least;
    final double[] greatest;
    private final double[] moments = new double[4];
    private double[] shift;
    private double[] sum;
    private double[] squares;
    private int at;
    private int from;

    /**
     * @param ranges per series the pilot's least and greatest value, for the histograms; null when exact
     * @param kept per series every draw's value, when exact; null otherwise (or for a pilot)
     */
    AreaTally(int size, double[][] ranges, int bins, double[][] kept) {
        this.size = size;
        this.kept = kept;
        this.histograms = ranges == null ? null : new Histogram[size];
        for (int s = 0; ranges != null && s < size; s++) {
            histograms[s] = new Histogram(ranges[s][0], ranges[s][1], bins);
        }
        this.positive = new long[size];
        this.least = new double[size];
        this.greatest = new double[size];
        Arrays.fill(least, Double.POSITIVE_INFINITY);
        Arrays.fill(greatest, Double.NEGATIVE_INFINITY);
    }

    /** Starts block {@code index}: fresh sums. */
    void block(int index) {
        shift = new double[size];
        sum = new double[size];
        squares = new double[size];
        at = index * Simulation.BLOCK;
    }

    /** The next chunk of the block starts at draw {@code from} of it. */
    void chunk(int from) {
        this.from = from;
    }

    @Override
    public void add(int series, double[] values, int n) {
        if (from == 0) {
            shift[series] = values[0];
        }
        moments[0] = sum[series];
        moments[1] = squares[series];
        moments[2] = least[series];
        moments[3] = greatest[series];
        Histogram.summarise(values, n, shift[series], moments, histograms == null ? null : histograms[series]);
        sum[series] = moments[0];
        squares[series] = moments[1];
        least[series] = moments[2];
        greatest[series] = moments[3];
        int count = 0;
        for (int d = 0; d < n; d++) {
            count += values[d] > 0 ? 1 : 0;
        }
        positive[series] += count;
        if (kept != null) {
            System.arraycopy(values, 0, kept[series], at + from, n);
        }
    }

    /** The sums of the block just drawn, of {@code n} draws. */
    BlockSums sums(int n) {
        return new BlockSums(n, shift, sum, squares);
    }

    /** Per series the least and greatest value seen: a pilot's ranges for the histograms. */
    double[][] ranges() {
        double[][] ranges = new double[size][];
        for (int s = 0; s < size; s++) {
            ranges[s] = new double[] {least[s], greatest[s]};
        }
        return ranges;
    }

    /** Adds another thread's counts, least and greatest values and histograms into this one's. */
    void merge(AreaTally other) {
        for (int s = 0; s < size; s++) {
            positive[s] += other.positive[s];
            least[s] = Math.min(least[s], other.least[s]);
            greatest[s] = Math.max(greatest[s], other.greatest[s]);
            if (histograms != null) {
                histograms[s].merge(other.histograms[s]);
            }
        }
    }

    /** The merged histogram of a series, or null when percentiles are exact. */
    Histogram histogram(int series) {
        return histograms == null ? null : histograms[series];
    }
}
