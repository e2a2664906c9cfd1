package dev.hertz.core.rpc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SysInfoProbeTest {
    private static final String BEFORE = """
            cpu  300 0 100 1000 0 0 0 0 0 0
            cpu0 100 0 50 500 0 0 0 0 0 0
            cpu1 200 10 50 500 40 0 0 0 30 0
            intr 1 2 3
            ctxt 99
            """;
    /** cpu0: 300 more jiffies, 100 of them idle; cpu1: 200 more, 190 idle or iowait; guest time is not counted twice. */
    private static final String AFTER = """
            cpu  600 0 200 1300 0 0 0 0 0 0
            cpu0 250 0 100 600 0 0 0 0 0 0
            cpu1 205 10 55 650 80 0 0 0 90 0
            intr 1 2 3
            ctxt 120
            """;

    @Test
    void cpuPercentIsBusyShareOfEachCpuBetweenSamples() {
        assertThat(SysInfoProbe.cpuPercent(BEFORE, AFTER)).containsExactly(66.7, 5.0);
    }

    @Test
    void cpuWithoutTicksBetweenSamplesIsIdle() {
        assertThat(SysInfoProbe.cpuPercent(BEFORE, BEFORE)).containsExactly(0.0, 0.0);
    }

    @Test
    void ramPercentUsesAvailableMemoryNotFree() {
        String meminfo = """
                MemTotal:       16000000 kB
                MemFree:         1000000 kB
                MemAvailable:   12000000 kB
                Buffers:          100000 kB
                """;
        assertThat(SysInfoProbe.ramPercent(meminfo)).isEqualTo(25.0);
        assertThatThrownBy(() -> SysInfoProbe.ramPercent("MemTotal: 5 kB\n"))
                .hasMessageContaining("MemAvailable");
    }

    @Test
    void readsProcFilesOfTheGivenRoot(@TempDir Path proc) throws IOException {
        Files.writeString(proc.resolve("stat"), BEFORE);
        Files.writeString(proc.resolve("meminfo"), "MemTotal: 1000 kB\nMemAvailable: 333 kB\n");
        SysInfo info = new SysInfoProbe(proc, Duration.ZERO).measure();
        assertThat(info.cpuPct()).containsExactly(0.0, 0.0);
        assertThat(info.ramPct()).isEqualTo(66.7);
    }

    @Test
    void withoutProcTheJvmReportsOneValuePerProcessor(@TempDir Path empty) {
        SysInfo info = new SysInfoProbe(empty, Duration.ZERO).measure();
        assertThat(info.cpuPct()).hasSize(Runtime.getRuntime().availableProcessors())
                .allSatisfy(pct -> assertThat(pct).isBetween(0.0, 100.0));
        assertThat(info.ramPct()).isBetween(0.0, 100.0);
    }

    @Test
    void hostSampleHasOneValuePerLogicalCpu() throws IOException {
        SysInfo info = SysInfoProbe.host().measure();
        Path stat = Path.of("/proc/stat");
        if (Files.isReadable(stat)) {
            long cpus = Files.readAllLines(stat).stream().filter(l -> l.matches("cpu\\d+ .*")).count();
            assertThat(info.cpuPct()).hasSize((int) cpus);
        }
        assertThat(info.cpuPct()).isNotEmpty().allSatisfy(pct -> assertThat(pct).isBetween(0.0, 100.0));
        assertThat(info.ramPct()).isBetween(0.0, 100.0);
    }
}
