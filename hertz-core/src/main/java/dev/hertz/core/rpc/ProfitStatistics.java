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
 * <p>The later fields ({@code best_pair_profit_abs}, {@code sharpe}, {@code sortino}, {@code sqn},
 * {@code calmar}, {@code cagr}, {@code current_drawdown*}) follow freqtrade's later metrics over the
 * same closed trades ({@link dev.hertz.core.metrics.RiskMetrics}); the {@code max_drawdown*} fields keep the snapshot's
 * formula ({@link dev.hertz.core.metrics.Drawdown}).
 *
 * @param winningTrades closed trades whose profit ratio is ≥ 0: a zero-profit trade counts as a win
 * @param avgDuration   mean duration of closed trades as Python's {@code str(timedelta)} without fraction
 * @param bestPairProfitAbs Σ close_profit_abs of {@code bestPair}
 * @param cagr          growth per year from the starting balance to the bot's current total, over
 *                      the days between the first and the latest trade's open
 * @param currentDrawdown relative fall of the wallet from its best point, at the latest closed trade
 * @param currentDrawdownStart close date of the trade that reached that best point, or {@code ""}
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
        String avgDuration, String bestPair, double bestRate, double bestPairProfitRatio, double bestPairProfitAbs,
        int winningTrades, int losingTrades, double profitFactor, double winrate,
        double expectancy, double expectancyRatio, double sharpe, double sortino, double sqn, double calmar,
        double cagr,
        double maxDrawdown, double maxDrawdownAbs, String maxDrawdownStart, long maxDrawdownStartTimestamp,
        String maxDrawdownEnd, long maxDrawdownEndTimestamp, double drawdownHigh, double drawdownLow,
        double currentDrawdown, double currentDrawdownAbs, double currentDrawdownHigh, String currentDrawdownStart,
        long currentDrawdownStartTimestamp,
        double tradingVolume, long botStartTimestamp, String botStartDate) {
}
