package dev.hertz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time the whole machine spent busy, from Linux's {@code /proc/stat}. A benchmark shares two
 * cores with whatever else runs; busy time minus the server's and the load generator's own CPU is
 * what other processes took during a run, so a disturbed run can be told from a quiet one.
 */
public final class MachineCpu {
    /** {@code /proc/stat} counts in USER_HZ ticks, 100 per second on Linux. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path STAT = Path.of("/proc/stat");

    private MachineCpu() {
    }

    /** Busy CPU time of all cores since boot (everything but idle and iowait), or -1 where unknown. */
    public static long busyNanos() {
        try {
            for (String line : Files.readAllLines(STAT)) {
                if (line.startsWith("cpu ")) {
                    String[] f = line.trim().split("\\s+");
                    long busy = 0;
                    for (int i = 1; i < f.length && i <= 8; i++) {
                        // fields: user nice system idle iowait irq softirq steal
                        if (i != 4 && i != 5) {
                            busy += Long.parseLong(f[i]);
                        }
                    }
                    return busy * NANOS_PER_TICK;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
