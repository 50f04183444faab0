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
    private final int[] counts;
    private double[] outside = new double[16];
    private int outsideCount;

    Histogram(double pilotMin, double pilotMax, int bins) {
        double span = Math.max(pilotMax - pilotMin, Math.max(Math.abs(pilotMax), 1) * 1e-9);
        this.low = pilotMin - span;
        this.width = 3 * span / bins;
        this.counts = new int[bins];
    }

    /** The bin width: the resolution of a percentile inside the range. */
    double binWidth() {
        return width;
    }

    void add(double[] values, int n) {
        int bins = counts.length;
        double inverse = 1 / width;
        for (int d = 0; d < n; d++) {
            double v = values[d];
            double position = (v - low) * inverse;
            if (position >= 0 && position < bins) {
                counts[(int) position]++;
            } else {
                if (outsideCount == outside.length) {
                    outside = Arrays.copyOf(outside, outsideCount * 2);
                }
                outside[outsideCount++] = v;
            }
        }
    }

    /**
     * Adds {@code n} values and, in the same pass, their sums shifted by {@code shift} and their least
     * and greatest value: {@code moments} holds {sum, sum of squares, least, greatest} on entry and
     * is updated (the sums added in the values' order, as a pass of their own would add them).
     */
    void add(double[] values, int n, double shift, double[] moments) {
        int bins = counts.length;
        double inverse = 1 / width;
        double total = moments[0];
        double square = moments[1];
        double lo = moments[2];
        double hi = moments[3];
        for (int d = 0; d < n; d++) {
            double v = values[d];
            double x = v - shift;
            total += x;
            square += x * x;
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
            double position = (v - low) * inverse;
            if (position >= 0 && position < bins) {
                counts[(int) position]++;
            } else {
                if (outsideCount == outside.length) {
                    outside = Arrays.copyOf(outside, outsideCount * 2);
                }
                outside[outsideCount++] = v;
            }
        }
        moments[0] = total;
        moments[1] = square;
        moments[2] = lo;
        moments[3] = hi;
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
