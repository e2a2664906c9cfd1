package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code /available_pairs}: pairs with stored candles, and each {@code [pair, timeframe, candle_type]}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AvailablePairs(int length, List<String> pairs, List<List<String>> pairInterval) {
}
