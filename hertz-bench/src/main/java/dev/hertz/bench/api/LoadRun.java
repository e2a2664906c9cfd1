package dev.hertz.bench.api;

import dev.hertz.bench.MachineCpu;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * A closed-loop load: {@code threads} client threads, each with its own keep-alive connection,
 * send the same GET back to back (the next request leaves when the previous answer is read).
 * First a warm-up in which nothing is recorded, then a measured window in which every completed
 * request's latency and status are recorded. The run stops by itself at the end of the window.
 *
 * <p>Latency here is the time from writing the request to reading the last body byte, as the
 * client sees it; with N requests in flight it includes queueing in the server.
 */
final class LoadRun {
    private static final int WARM_UP = 0;
    private static final int MEASURE = 1;
    private static final int DONE = 2;

    /**
     * What one run measured.
     *
     * @param seconds          length of the measured window
     * @param requests         requests completed in it (errors included)
     * @param errors           answers other than 200, and failed connections or reads
     * @param firstError       a description of the first error, or null
     * @param bodyBytes        body size of the last 200 answer
     * @param serverCpuSeconds CPU time the server process used in the window (NaN when unknown)
     * @param clientCpuSeconds CPU time this process (the load generator) used in the window
     * @param otherCpuSeconds  CPU time the rest of the machine used in the window (NaN when unknown)
     */
    record Result(String path, int threads, double seconds, long requests, long errors, String firstError,
                  Latencies latencies, long bodyBytes, double serverCpuSeconds, double clientCpuSeconds,
                  double otherCpuSeconds) {
        double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private final InetSocketAddress address;
    private final String basicAuth;

    LoadRun(InetSocketAddress address, String basicAuth) {
        this.address = address;
        this.basicAuth = basicAuth;
    }

    /**
     * @param serverCpuNanos the server process's total CPU time so far, or a supplier of -1 when unknown
     */
    Result run(String path, int threads, Duration warmUp, Duration measured, LongSupplier serverCpuNanos)
            throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        AtomicInteger phase = new AtomicInteger(WARM_UP);
        AtomicLong errors = new AtomicLong();
        AtomicLong lastBodyBytes = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Latencies.Samples> samples = new ArrayList<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Latencies.Samples mine = new Latencies.Samples();
            samples.add(mine);
            clients.add(Thread.ofPlatform().name("load-" + i).start(() -> {
                try (HttpConnection conn = new HttpConnection(address, path, basicAuth)) {
                    while (phase.get() != DONE) {
                        long start = System.nanoTime();
                        int status;
                        String error = null;
                        try {
                            status = conn.send();
                            if (status != 200) {
                                error = "HTTP " + status;
                            }
                        } catch (IOException | RuntimeException e) {
                            status = -1;
                            error = e.toString();
                        }
                        long took = System.nanoTime() - start;
                        if (phase.get() == MEASURE) {
                            mine.add(took);
                            if (error != null) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, error);
                            } else {
                                lastBodyBytes.set(conn.lastBodyBytes());
                            }
                        }
                    }
                }
            }));
        }
        Thread.sleep(warmUp.toMillis());
        long cpuServer0 = serverCpuNanos.getAsLong();
        long cpuClient0 = clientCpuNanos();
        long busy0 = MachineCpu.busyNanos();
        long t0 = System.nanoTime();
        phase.set(MEASURE);
        Thread.sleep(measured.toMillis());
        phase.set(DONE);
        long t1 = System.nanoTime();
        long cpuServer1 = serverCpuNanos.getAsLong();
        long cpuClient1 = clientCpuNanos();
        long busy1 = MachineCpu.busyNanos();
        for (Thread t : clients) {
            t.join();
        }
        double serverCpu = cpuServer0 < 0 || cpuServer1 < 0 ? Double.NaN : (cpuServer1 - cpuServer0) / 1e9;
        double clientCpu = (cpuClient1 - cpuClient0) / 1e9;
        double otherCpu = busy0 < 0 || busy1 < 0 ? Double.NaN : (busy1 - busy0) / 1e9 - clientCpu - serverCpu;
        Latencies latencies = Latencies.of(samples);
        return new Result(path, threads, (t1 - t0) / 1e9, latencies.count(), errors.get(), firstError.get(),
                latencies, lastBodyBytes.get(), serverCpu, clientCpu, otherCpu);
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
