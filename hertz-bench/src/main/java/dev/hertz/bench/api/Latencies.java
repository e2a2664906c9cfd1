package dev.hertz.bench.api;

import java.util.Arrays;
import java.util.List;

/**
 * Every recorded latency of one measured run, sorted, so percentiles are exact (nearest rank)
 * rather than estimated from buckets. A 20 s run at 50 000 requests/s is a million longs, 8 MB:
 * cheap enough to keep them all.
 */
final class Latencies {
    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    /** Merges the threads' samples and sorts them. */
    static Latencies of(List<Samples> perThread) {
        int total = perThread.stream().mapToInt(Samples::size).sum();
        long[] all = new long[total];
        int at = 0;
        for (Samples s : perThread) {
            System.arraycopy(s.values, 0, all, at, s.size);
            at += s.size;
        }
        Arrays.sort(all);
        return new Latencies(all);
    }

    int count() {
        return sortedNanos.length;
    }

    /** The nearest-rank percentile in milliseconds: the smallest sample with at least p % of samples at or below it. */
    double percentileMillis(double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMillis() {
        return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
    }

    /** One client thread's samples: a growable {@code long[]}, no boxing on the request path. */
    static final class Samples {
        private long[] values = new long[1 << 14];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        int size() {
            return size;
        }
    }
}
