package dev.hertz.core.pairlist;

/**
 * Closed-trade results of one pair (freqtrade's {@code Trade.get_overall_performance} rows).
 *
 * @param pair        the pair
 * @param profitRatio sum of {@code close_profit} over the pair's closed trades
 * @param count       number of those trades
 */
public record PairPerformance(String pair, double profitRatio, long count) {
}
