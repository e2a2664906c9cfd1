package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One pair of {@code /performance}: the closed trades' profit.
 *
 * @param profit      the same as {@code profitPct} (legacy name)
 * @param profitRatio the sum of the trades' profit ratios
 * @param profitPct   {@code profitRatio} × 100, 2 decimals
 * @param profitAbs   the sum of the trades' absolute profit, in the stake currency
 * @param count       closed trades of the pair
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PerformanceEntry(String pair, double profit, double profitRatio, double profitPct, double profitAbs,
                               int count) {
}
