package dev.hertz.bench.backtest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap in use seen during one measured run: a daemon thread reads the used heap every
 * 10 ms. A sample between two collections catches the garbage not yet collected too, so the peak
 * is what the run made the JVM hold, not only what it kept alive.
 */
final class HeapSampler implements AutoCloseable {
    private static final long PERIOD_MS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler() {
        thread = Thread.ofPlatform().daemon().name("heap-sampler").unstarted(this::sample);
    }

    /** Collects garbage first, so a run does not pay for (or show) the one before it. */
    static HeapSampler start() {
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.peak.set(sampler.used());
        sampler.thread.start();
        return sampler;
    }

    private void sample() {
        while (running) {
            peak.accumulateAndGet(used(), Math::max);
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The peak so far, in bytes. */
    long peak() {
        return Math.max(peak.get(), used());
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
