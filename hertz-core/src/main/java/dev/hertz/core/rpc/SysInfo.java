package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /sysinfo}: how busy the host is, as psutil reports it.
 *
 * @param cpuPct per logical CPU, the share of time it was busy during the sample, 0–100, one decimal
 * @param ramPct the share of memory in use (total minus available), 0–100, one decimal
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SysInfo(List<Double> cpuPct, double ramPct) {
    public SysInfo {
        cpuPct = List.copyOf(cpuPct);
    }
}
