package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One exit reason of {@code /exits}: the closed trades' profit per {@code exit_reason}.
 *
 * @param exitReason e.g. {@code roi}, {@code stop_loss}, {@code force_exit}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Exit(String exitReason, double profitRatio, double profitPct, double profitAbs, int count) {
}
