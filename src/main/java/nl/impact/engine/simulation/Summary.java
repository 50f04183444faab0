package nl.impact.engine.simulation;

import com.tdunning.math.stats.MergingDigest;
import com.tdunning.math.stats.TDigest;

/**
 * The distribution of one group of a simulation: count, mean and sum of squared deviations
 * (merged with Chan's formula, block by block in block order), and its percentiles from either
 * every value (exact) or a t-digest.
 */
final class Summary {

    /** The t-digest's compression: about 1/1000 of the rank around the 5th and 95th percentile. */
    static final double COMPRESSION = 200;

    private long count;
    private double mean;
    private double m2;
    private final double[] values;
    private final TDigest digest;

    Summary(double[] values, boolean sketch) {
        this.values = values;
        this.digest = sketch ? new MergingDigest(COMPRESSION) : null;
    }

    /** The summary of one block of values: the block's moments and, when sketching, its digest. */
    static Summary ofBlock(double[] column, int n, boolean sketch) {
        Summary s = new Summary(null, sketch);
        double sum = 0;
        for (int d = 0; d < n; d++) {
            sum += column[d];
        }
        double mean = sum / n;
        double m2 = 0;
        for (int d = 0; d < n; d++) {
            double dev = column[d] - mean;
            m2 += dev * dev;
        }
        s.count = n;
        s.mean = mean;
        s.m2 = m2;
        if (sketch) {
            for (int d = 0; d < n; d++) {
                s.digest.add(column[d]);
            }
        }
        return s;
    }

    /** Adds a block's summary; blocks must come in block order for identical results. */
    void merge(Summary block) {
        long total = count + block.count;
        double delta = block.mean - mean;
        mean += delta * block.count / total;
        m2 += block.m2 + delta * delta * ((double) count * block.count / total);
        count = total;
        if (digest != null) {
            digest.add(block.digest);
        }
    }

    double mean() {
        return mean;
    }

    /** The sample standard deviation. */
    double sd() {
        return count > 1 ? Math.sqrt(m2 / (count - 1)) : 0;
    }

    /** Sorts the kept values; call once, after every block. */
    void finish() {
        if (values != null) {
            java.util.Arrays.sort(values);
        }
    }

    /** The percentile {@code p} (0..1): exact with linear interpolation between order statistics, or from the digest. */
    double percentile(double p) {
        if (digest != null) {
            return digest.quantile(p);
        }
        double h = (values.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, values.length - 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }
}
