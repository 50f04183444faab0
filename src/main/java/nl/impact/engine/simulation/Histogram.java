package nl.impact.engine.simulation;

import java.util.Arrays;

/**
 * A quantile sketch for many draws: counts in equal bins over a range set from a pilot block (the
 * pilot's range widened by its width on each side), and every value outside the range kept
 * exactly. Counts add up the same whichever thread counted which block, so the merged sketch, and
 * its percentiles, do not depend on the threads. A percentile is off by at most one bin width
 * (range / bins) plus interpolation within the bin; outside the range it is exact.
 */
final class Histogram {

    private final double low;
    private final double width;
    private final double inverseWidth;
    private final int[] counts;
    private double[] outside = new double[16];
    private int outsideCount;

    Histogram(double pilotMin, double pilotMax, int bins) {
        double span = Math.max(pilotMax - pilotMin, Math.max(Math.abs(pilotMax), 1) * 1e-9);
        this.low = pilotMin - span;
        this.width = 3 * span / bins;
        this.inverseWidth = 1 / width;
        this.counts = new int[bins];
    }

    /** The bin width: the resolution of a percentile inside the range. */
    double binWidth() {
        return width;
    }

    /**
     * Adds {@code n} values' sums shifted by {@code shift} and their least and greatest value to
     * {@code moments} ({sum, sum of squares, least, greatest}), and counts them in {@code histogram}
     * unless it is null: one pass, because the histogram's scattered counts are the slow part and
     * the sums' additions, each waiting on the one before, run in their shadow.
     */
    static void summarise(double[] values, int n, double shift, double[] moments, Histogram histogram) {
        double total = moments[0];
        double square = moments[1];
        double lo = moments[2];
        double hi = moments[3];
        for (int d = 0; d < n; d++) {
            double v = values[d];
            double x = v - shift;
            total += x;
            square += x * x;
            // Comparisons rather than Math.min/max: predictable branches, no dependency chain.
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
            if (histogram != null) {
                histogram.count(v);
            }
        }
        moments[0] = total;
        moments[1] = square;
        moments[2] = lo;
        moments[3] = hi;
    }

    private void count(double v) {
        double position = (v - low) * inverseWidth;
        if (position >= 0 && position < counts.length) {
            counts[(int) position]++;
        } else {
            if (outsideCount == outside.length) {
                outside = Arrays.copyOf(outside, outsideCount * 2);
            }
            outside[outsideCount++] = v;
        }
    }

    /** Adds another thread's counts. */
    void merge(Histogram other) {
        for (int b = 0; b < counts.length; b++) {
            counts[b] += other.counts[b];
        }
        for (int i = 0; i < other.outsideCount; i++) {
            if (outsideCount == outside.length) {
                outside = Arrays.copyOf(outside, outsideCount * 2);
            }
            outside[outsideCount++] = other.outside[i];
        }
    }

    /** Sorts the values outside the range; call once, after merging. */
    void finish() {
        Arrays.sort(outside, 0, outsideCount);
    }

    /** The percentile {@code p} of {@code total} values, at rank p x (total - 1) as for exact values. */
    double percentile(double p, long total) {
        double rank = p * (total - 1);
        int below = 0;
        while (below < outsideCount && outside[below] < low) {
            below++;
        }
        if (rank < below) {
            return exact(rank, 0);
        }
        double seen = below;
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] > 0 && rank < seen + counts[b]) {
                // Values spread evenly over the bin: the k-th of c sits at (k + 0.5) / c of it.
                return low + (b + (rank - seen + 0.5) / counts[b]) * width;
            }
            seen += counts[b];
        }
        return exact(rank - seen, below);
    }

    private double exact(double rank, int from) {
        int lo = from + (int) Math.floor(rank);
        int hi = Math.min(lo + 1, outsideCount - 1);
        lo = Math.min(lo, outsideCount - 1);
        return outside[lo] + (rank - Math.floor(rank)) * (outside[hi] - outside[lo]);
    }
}
