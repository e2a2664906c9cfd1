package dev.hertz.bench.ws;

import java.util.Arrays;
import java.util.List;

/** Exact percentiles of per-message delays (receive minus send), over every client's messages together. */
record Delays(int count, long p50Nanos, long p99Nanos, long maxNanos) {
    static final Delays NONE = new Delays(0, -1, -1, -1);

    static Delays of(List<long[]> perClient) {
        int total = perClient.stream().mapToInt(a -> a.length).sum();
        if (total == 0) {
            return NONE;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] a : perClient) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        Arrays.sort(all);
        return new Delays(total, nearestRank(all, 0.50), nearestRank(all, 0.99), all[total - 1]);
    }

    /** The smallest value with at least {@code q} of all values at or below it. */
    private static long nearestRank(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
