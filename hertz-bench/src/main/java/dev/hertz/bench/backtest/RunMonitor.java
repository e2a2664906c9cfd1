package dev.hertz.bench.backtest;

import dev.hertz.bench.MachineCpu;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one measured run used besides time: the most heap in use (a daemon thread reads the used
 * heap every 10 ms; a sample between two collections counts the garbage not yet collected too, so
 * the peak is what the run made the JVM hold, not only what it kept alive), this JVM's CPU time,
 * and the CPU time the rest of the machine took meanwhile, which tells a disturbed run from a quiet one.
 */
final class RunMonitor implements AutoCloseable {
    private static final long PERIOD_MS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private final long startNanos;
    private final long startOwnCpu;
    private final long startBusy;
    private volatile boolean running = true;

    private RunMonitor() {
        thread = Thread.ofPlatform().daemon().name("run-monitor").unstarted(this::sample);
        peak.set(used());
        startNanos = System.nanoTime();
        startOwnCpu = os.getProcessCpuTime();
        startBusy = MachineCpu.busyNanos();
    }

    /** Collects garbage first, so a run does not pay for (or show) the one before it. */
    static RunMonitor start() {
        System.gc();
        RunMonitor monitor = new RunMonitor();
        monitor.thread.start();
        return monitor;
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
    long peakHeap() {
        return Math.max(peak.get(), used());
    }

    /** This JVM's CPU time since the start, in cores (CPU seconds per second). */
    double ownCores() {
        return (os.getProcessCpuTime() - startOwnCpu) / (double) (System.nanoTime() - startNanos);
    }

    /** Other processes' CPU time since the start, in cores; NaN where {@code /proc/stat} is unreadable. */
    double otherCores() {
        long busy = MachineCpu.busyNanos();
        if (busy < 0 || startBusy < 0) {
            return Double.NaN;
        }
        double other = (busy - startBusy) - (os.getProcessCpuTime() - startOwnCpu);
        return Math.max(0, other / (System.nanoTime() - startNanos));
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
