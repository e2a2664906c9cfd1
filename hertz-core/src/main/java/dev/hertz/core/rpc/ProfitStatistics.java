package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code /profit} (freqtrade's {@code _rpc_trade_statistics}) over the closed trades since a start
 * date plus every open trade. {@code *_percent} fields are the ratio × 100 rounded to 2 decimals;
 * the fiat fields are 0 (no fiat converter). {@code profit_factor} is infinite without losing
 * trades and the API writes it as null. Dates are {@code yyyy-MM-dd HH:mm:ss} UTC or empty,
 * timestamps epoch milliseconds or 0.
 *
 * @param winningTrades closed trades whose profit ratio is ≥ 0: a zero-profit trade counts as a win
 * @param avgDuration   mean duration of closed trades as Python's {@code str(timedelta)} without fraction
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProfitStatistics(
        double profitClosedCoin, double profitClosedPercentMean, double profitClosedRatioMean,
        double profitClosedPercentSum, double profitClosedRatioSum, double profitClosedRatio,
        double profitClosedPercent, double profitClosedFiat,
        double profitAllCoin, double profitAllPercentMean, double profitAllRatioMean,
        double profitAllPercentSum, double profitAllRatioSum, double profitAllRatio,
        double profitAllPercent, double profitAllFiat,
        int tradeCount, int closedTradeCount,
        String firstTradeDate, String firstTradeHumanized, long firstTradeTimestamp,
        String latestTradeDate, String latestTradeHumanized, long latestTradeTimestamp,
        String avgDuration, String bestPair, double bestRate, double bestPairProfitRatio,
        int winningTrades, int losingTrades, double profitFactor, double winrate,
        double expectancy, double expectancyRatio,
        double maxDrawdown, double maxDrawdownAbs, String maxDrawdownStart, long maxDrawdownStartTimestamp,
        String maxDrawdownEnd, long maxDrawdownEndTimestamp, double drawdownHigh, double drawdownLow,
        double tradingVolume, long botStartTimestamp, String botStartDate) {
}
