package dev.hertz.core.rpc;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures {@link SysInfo} for the host. On Linux it reads {@code /proc} the way psutil does:
 * {@code /proc/stat} sampled twice for per-CPU busy time, {@code /proc/meminfo} for memory.
 * Elsewhere (or when {@code /proc} cannot be read) it falls back to the JVM's
 * {@code com.sun.management.OperatingSystemMXBean}, which only knows the load of the whole
 * machine, so every CPU gets that same value.
 */
final class SysInfoProbe {
    /** psutil blocks a full second; a quarter is enough for a stable reading and keeps the API call short. */
    static final Duration SAMPLE = Duration.ofMillis(250);

    private final Path proc;
    private final Duration sample;

    SysInfoProbe(Path proc, Duration sample) {
        this.proc = proc;
        this.sample = sample;
    }

    /** The host's {@code /proc}, sampled over {@link #SAMPLE}. */
    static SysInfoProbe host() {
        return new SysInfoProbe(Path.of("/proc"), SAMPLE);
    }

    SysInfo measure() {
        try {
            String before = Files.readString(proc.resolve("stat"));
            Thread.sleep(sample);
            String after = Files.readString(proc.resolve("stat"));
            List<Double> cpu = cpuPercent(before, after);
            if (!cpu.isEmpty()) {
                return new SysInfo(cpu, ramPercent(Files.readString(proc.resolve("meminfo"))));
            }
        } catch (IOException | IllegalArgumentException e) {
            // no readable /proc: not Linux, or a restricted container
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return fromJvm(sample);
    }

    /**
     * Busy share per {@code cpuN} line between two {@code /proc/stat} snapshots. As psutil: busy
     * is everything but idle and iowait; guest times are left out because the kernel already
     * counts them in user and nice.
     */
    static List<Double> cpuPercent(String before, String after) {
        List<long[]> first = perCpuTimes(before);
        List<long[]> second = perCpuTimes(after);
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("CPU count changed between samples: " + first.size() + " -> "
                    + second.size());
        }
        List<Double> out = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            long[] a = first.get(i);
            long[] b = second.get(i);
            double total = total(b) - total(a);
            double idle = idle(b) - idle(a);
            double pct = total <= 0 ? 0.0 : (total - idle) / total * 100.0;
            out.add(RpcFormat.round(Math.min(100.0, Math.max(0.0, pct)), 1));
        }
        return out;
    }

    /** psutil's {@code virtual_memory().percent}: (MemTotal − MemAvailable) / MemTotal. */
    static double ramPercent(String meminfo) {
        long total = -1;
        long available = -1;
        for (String line : meminfo.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 2 && parts[0].equals("MemTotal:")) {
                total = Long.parseLong(parts[1]);
            } else if (parts.length >= 2 && parts[0].equals("MemAvailable:")) {
                available = Long.parseLong(parts[1]);
            }
        }
        if (total <= 0 || available < 0) {
            throw new IllegalArgumentException("meminfo lacks MemTotal or MemAvailable");
        }
        return RpcFormat.round((total - available) * 100.0 / total, 1);
    }

    private static List<long[]> perCpuTimes(String stat) {
        List<long[]> cpus = new ArrayList<>();
        for (String line : stat.split("\n")) {
            if (!line.startsWith("cpu") || line.length() < 4 || !Character.isDigit(line.charAt(3))) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            long[] times = new long[8];
            for (int i = 0; i < times.length && i + 1 < parts.length; i++) {
                times[i] = Long.parseLong(parts[i + 1]);
            }
            cpus.add(times);
        }
        return cpus;
    }

    /** The first eight fields; guest and guest_nice (not read) are inside user and nice already. */
    private static long total(long[] t) {
        long sum = 0;
        for (long v : t) {
            sum += v;
        }
        return sum;
    }

    private static long idle(long[] t) {
        return t[3] + t[4];
    }

    private static SysInfo fromJvm(Duration sample) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // the first reading only starts the JVM's own measuring interval
        os.getCpuLoad();
        try {
            Thread.sleep(sample);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double load = os.getCpuLoad();
        double cpu = load < 0 ? 0.0 : RpcFormat.round(load * 100.0, 1);
        long total = os.getTotalMemorySize();
        double ram = total <= 0 ? 0.0 : RpcFormat.round((total - os.getFreeMemorySize()) * 100.0 / total, 1);
        return new SysInfo(Collections.nCopies(os.getAvailableProcessors(), cpu), ram);
    }
}
