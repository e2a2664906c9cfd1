package dev.hertz.bench.ws;

import java.util.concurrent.locks.LockSupport;

/** Holds message {@code i} back until {@code i / perSecond} seconds after the first (0: never waits). */
final class Pacer {
    private final double perSecond;
    private final long start = System.nanoTime();

    Pacer(double perSecond) {
        this.perSecond = perSecond;
    }

    void awaitTurn(int i) {
        if (perSecond <= 0) {
            return;
        }
        long due = start + (long) (i * 1e9 / perSecond);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
