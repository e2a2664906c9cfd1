package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code /performance} for one pair over its closed trades.
 *
 * @param profit      same as {@code profitPct} (legacy field)
 * @param profitRatio Σ close_profit
 * @param profitPct   profitRatio × 100 rounded to 2 decimals
 * @param profitAbs   Σ close_profit_abs
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PairPerformance(String pair, double profit, double profitRatio, double profitPct, double profitAbs,
                              int count) {
}
