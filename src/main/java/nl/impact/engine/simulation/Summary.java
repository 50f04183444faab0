package nl.impact.engine.simulation;

/**
 * The distribution of one group of a simulation: count, mean and sum of squared deviations
 * (merged with Chan's formula, block by block in block order), and its percentiles from either
 * every value (exact) or a {@link Histogram}.
 */
final class Summary {

    private long count;
    private double mean;
    private double m2;
    private final double[] values;
    private Histogram histogram;

    Summary(double[] values) {
        this.values = values;
    }

    /**
     * The summary of one block of {@code n} values from their sum and sum of squares after
     * subtracting {@code shift} (the block's first value): one pass, as exact as two when the
     * spread is small.
     */
    static Summary ofSums(long n, double shift, double sum, double squares) {
        Summary s = new Summary(null);
        s.count = n;
        s.mean = shift + sum / n;
        s.m2 = Math.max(0, squares - sum * sum / n);
        return s;
    }

    /** Adds a block's summary; blocks must come in block order for identical results. */
    void merge(Summary block) {
        merge(block.count, block.mean, block.m2);
    }

    /**
     * Adds a block of {@code n} values given by their sums as {@link #ofSums} takes them, as
     * {@code merge(ofSums(n, shift, sum, squares))} would, without a summary of its own.
     */
    void mergeSums(long n, double shift, double sum, double squares) {
        merge(n, shift + sum / n, Math.max(0, squares - sum * sum / n));
    }

    private void merge(long n, double blockMean, double blockM2) {
        long total = count + n;
        double delta = blockMean - mean;
        mean += delta * n / total;
        m2 += blockM2 + delta * delta * ((double) count * n / total);
        count = total;
    }

    double mean() {
        return mean;
    }

    /** The sample standard deviation. */
    double sd() {
        return count > 1 ? Math.sqrt(m2 / (count - 1)) : 0;
    }

    /** Sorts the kept values, or takes the percentiles from the merged histogram; call once, after every block. */
    void finish(Histogram merged) {
        if (values != null) {
            java.util.Arrays.sort(values);
        }
        histogram = merged;
        if (histogram != null) {
            histogram.finish();
        }
    }

    /** The percentile {@code p} (0..1): exact with linear interpolation between order statistics, or from the histogram. */
    double percentile(double p) {
        if (histogram != null) {
            return histogram.percentile(p, count);
        }
        double h = (values.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, values.length - 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }
}
