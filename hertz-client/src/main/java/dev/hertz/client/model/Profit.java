package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code /profit} (and each part of {@code /profit_all}): profit over the closed trades
 * ({@code profitClosed*}) and over closed plus open trades ({@code profitAll*}), with the trade
 * statistics freqtrade computes. Dates are {@code YYYY-MM-DD HH:MM:SS} UTC ({@code ""} when
 * there is none), timestamps epoch milliseconds (0 when none). The risk figures from
 * {@code bestPairProfitAbs} on exist only on newer servers and are null elsewhere.
 *
 * @param profitClosedRatio  closed profit relative to the starting balance
 * @param profitFactor       winning ÷ losing profit; null when there was no loss
 * @param winrate            winning ÷ closed trades
 * @param avgDuration        mean duration of closed trades, {@code H:MM:SS} or {@code N day(s), H:MM:SS}
 * @param bestRate           the best pair's summed profit ratio × 100 (legacy)
 * @param maxDrawdown        the largest relative drawdown of the account
 * @param tradingVolume      the cost of all filled orders
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Profit(double profitClosedCoin, double profitClosedPercentMean, double profitClosedRatioMean,
                     double profitClosedPercentSum, double profitClosedRatioSum, double profitClosedPercent,
                     double profitClosedRatio, double profitClosedFiat, double profitAllCoin,
                     double profitAllPercentMean, double profitAllRatioMean, double profitAllPercentSum,
                     double profitAllRatioSum, double profitAllPercent, double profitAllRatio, double profitAllFiat,
                     int tradeCount, int closedTradeCount, String firstTradeDate, String firstTradeHumanized,
                     long firstTradeTimestamp, String latestTradeDate, String latestTradeHumanized,
                     long latestTradeTimestamp, String avgDuration, String bestPair, double bestRate,
                     double bestPairProfitRatio, int winningTrades, int losingTrades, Double profitFactor,
                     double winrate, double expectancy, double expectancyRatio, double maxDrawdown,
                     double maxDrawdownAbs, String maxDrawdownStart, long maxDrawdownStartTimestamp,
                     String maxDrawdownEnd, long maxDrawdownEndTimestamp, Double tradingVolume,
                     long botStartTimestamp, String botStartDate, Double bestPairProfitAbs, Double sharpe,
                     Double sortino, Double sqn, Double calmar, Double cagr, Double currentDrawdown,
                     Double currentDrawdownAbs, Double currentDrawdownHigh, String currentDrawdownStart,
                     Long currentDrawdownStartTimestamp) {
}
