package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/**
 * {@code /stats}: wins, losses and draws per exit reason (by the sign of {@code close_profit}, 0 =
 * draw) and the mean duration in seconds of each class (null when the class is empty).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Stats(Map<String, Outcomes> exitReasons, Durations durations) {

    /** Counts of one exit reason. */
    public record Outcomes(int wins, int losses, int draws) {
    }

    /** Mean seconds per class. */
    public record Durations(Double wins, Double draws, Double losses) {
    }
}
