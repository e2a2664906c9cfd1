package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code /count}: open trades, the limit (-1 = unlimited) and Σ open_rate × amount of the open trades.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TradeCount(int current, int max, double totalStake) {
}
