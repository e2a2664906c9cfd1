package dev.hertz.core.util;

import java.time.Duration;

/**
 * Waits for a span of bot time (the loop's pauses, the exchange retry back-off). Real time sleeps; the simulated exchange running at {@code speed}
 * sleeps {@code span / speed}; tests advance a manual clock instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {
    /** Waits {@code span} of bot time; returns early when interrupted (the interrupt flag stays set). */
    void sleep(Duration span);

    /** Sleeps on the wall clock, {@code speed} times faster than {@code span}. */
    static Sleeper realTime(double speed) {
        return span -> {
            long nanos = (long) (span.toNanos() / speed);
            if (nanos <= 0) {
                return;
            }
            try {
                Thread.sleep(Duration.ofNanos(nanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
