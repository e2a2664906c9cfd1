package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /available_pairs}: pairs with candle data stored on the server.
 *
 * @param length       the number of distinct pairs
 * @param pairs        distinct pairs, sorted
 * @param pairInterval {@code [pair, timeframe, candle type]} per stored series
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AvailablePairs(int length, List<String> pairs, List<List<String>> pairInterval) {
}
