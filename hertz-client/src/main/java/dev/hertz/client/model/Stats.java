package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/**
 * {@code /stats}: wins, losses and draws per exit reason, and mean durations.
 *
 * @param exitReasons keyed by exit reason
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Stats(Map<String, Outcomes> exitReasons, Durations durations) {

    /** Closed trades of one exit reason by the sign of their profit (0 = draw). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outcomes(int wins, int losses, int draws) {
    }

    /** Mean trade duration in seconds per outcome; null when no trade has that outcome. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Durations(Double wins, Double draws, Double losses) {
    }
}
