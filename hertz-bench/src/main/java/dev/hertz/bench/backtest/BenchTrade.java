package dev.hertz.bench.backtest;

import java.time.Instant;

/**
 * One trade as the engines are compared: the pair and the candles (their open times) at whose
 * open it was entered and exited. {@code exit} is {@link #OPEN} for a trade still open when the
 * data ended (freqtrade force-exits it at the last candle's open, ta4j leaves it open).
 */
public record BenchTrade(String pair, long entry, long exit) implements Comparable<BenchTrade> {
    public static final long OPEN = -1;

    @Override
    public int compareTo(BenchTrade o) {
        int byPair = pair.compareTo(o.pair);
        if (byPair != 0) {
            return byPair;
        }
        int byEntry = Long.compare(entry, o.entry);
        return byEntry != 0 ? byEntry : Long.compare(exit, o.exit);
    }

    @Override
    public String toString() {
        return pair + " " + Instant.ofEpochMilli(entry) + " -> " + (exit == OPEN ? "open" : Instant.ofEpochMilli(exit));
    }
}
