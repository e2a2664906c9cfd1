package dev.hertz.bench.ws;

import java.time.Instant;

/**
 * Nanoseconds since the epoch from the system's real-time clock, the clock Python's
 * {@code time.time_ns()} reads too. The peer runs in another process, where {@code System.nanoTime}
 * means nothing; both ends on one machine read the same real-time clock, so the difference of two
 * readings is a delay (its resolution is the JDK's {@link Instant#now()}: microseconds or better on Linux).
 */
final class WallClock {
    private WallClock() {
    }

    static long nanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
