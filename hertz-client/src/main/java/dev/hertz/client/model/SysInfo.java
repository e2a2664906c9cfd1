package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /sysinfo}: load of the server's host.
 *
 * @param cpuPct one busy percentage per logical CPU
 * @param ramPct memory in use, percent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SysInfo(List<Double> cpuPct, double ramPct) {
}
