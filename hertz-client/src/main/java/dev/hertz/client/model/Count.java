package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code /count}: open trades against the limit.
 *
 * @param max        {@code max_open_trades}; -1 when unlimited
 * @param totalStake the sum of open rate × amount over the open trades
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Count(int current, int max, double totalStake) {
}
