package dev.hertz.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * A clock that stands still until told to move. Given to the simulated exchange as its wall clock,
 * it decides when a candle closes, so a benchmark controls exactly which loop iterations see new
 * candles.
 */
public final class SteppedClock implements InstantSource {
    private volatile long millis;

    public SteppedClock(Instant start) {
        this.millis = start.toEpochMilli();
    }

    /** Moves time forward; only the benchmark thread calls this, between loop iterations. */
    public void advance(Duration step) {
        millis += step.toMillis();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }

    @Override
    public long millis() {
        return millis;
    }
}
