package dev.hertz.bench.ws;

import dev.hertz.bench.MachineCpu;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * Where the CPU went during a phase: the whole machine (Linux's {@code /proc/stat}), this JVM,
 * the JVM threads that run the WebSocket clients, and the peer's process. The benchmark shares two
 * cores with whatever else runs on the machine; busy time minus this JVM and the peer is what the
 * other processes took, so a disturbed run can be told from a quiet one.
 */
final class CpuMeter {
    /** {@code /proc/stat} counts in USER_HZ ticks, 100 per second on Linux. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU times in nanoseconds at one moment; -1 where the OS does not tell. */
    record Sample(long wallNanos, long machineBusy, long jvm, long clientThreads, long peer) {
    }

    /** Totals between two samples; {@code server} is the peer's process, or for Hertz this JVM less its client threads. */
    record Usage(double seconds, long server, long clients, long others) {
        /** The share of all cores other processes used, in percent, or NaN where unknown. */
        double othersPercent() {
            return others < 0 ? Double.NaN : 100.0 * others / (seconds * 1e9 * Runtime.getRuntime().availableProcessors());
        }
    }

    private CpuMeter() {
    }

    static Sample sample(FanoutTarget target) {
        return new Sample(System.nanoTime(), MachineCpu.busyNanos(),
                ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L),
                clientThreads(), target.processCpuNanos());
    }

    static Usage between(Sample a, Sample b) {
        long jvm = diff(a.jvm, b.jvm);
        long clients = diff(a.clientThreads, b.clientThreads);
        boolean inProcess = a.peer < 0;
        long server = inProcess ? (jvm < 0 || clients < 0 ? -1 : jvm - clients) : diff(a.peer, b.peer);
        long busy = diff(a.machineBusy, b.machineBusy);
        long others = busy < 0 || jvm < 0 || (!inProcess && server < 0) ? -1
                : Math.max(0, busy - jvm - (inProcess ? 0 : server));
        return new Usage((b.wallNanos - a.wallNanos) / 1e9, server, clients, others);
    }

    private static long diff(long before, long after) {
        return before < 0 || after < 0 ? -1 : after - before;
    }

    /**
     * CPU of the threads the JDK's HTTP client runs the WebSockets on: its selector thread and the
     * executor {@link FanoutRun} gives it. Those threads live as long as the run, so no time is lost
     * to a thread that ended between two samples.
     */
    private static long clientThreads() {
        if (!THREADS.isThreadCpuTimeSupported()) {
            return -1;
        }
        long total = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && isClientThread(info.getThreadName())) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }

    static boolean isClientThread(String name) {
        return name.startsWith(FanoutRun.CLIENT_THREAD_PREFIX)
                || (name.startsWith("HttpClient-") && name.endsWith("-SelectorManager"));
    }
}
