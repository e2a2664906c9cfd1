package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * A trade as {@code /forceenter}, {@code /trades} and (extended as {@link OpenTrade})
 * {@code /status} return it. Dates are {@code YYYY-MM-DD HH:MM:SS} UTC, timestamps epoch
 * milliseconds. For a closed trade the profit fields hold the realised profit; {@code /status}
 * fills them with the current profit of an open trade. The duration, precision and contract
 * fields at the end come only with {@code /trades}.
 *
 * @param exchange         the exchange id in lower case
 * @param timeframe        the strategy timeframe in minutes
 * @param openRate         the average entry price
 * @param closeProfit      the realised profit ratio (legacy); null for open trades
 * @param profitPct        {@code profitRatio} × 100, 2 decimals
 * @param realizedProfit   profit of partial exits so far (0 when none)
 * @param stopLossAbs      the current stop price
 * @param hasOpenOrders    whether an order of the trade is still open
 * @param tradeDurationS   seconds from open to close; null while open
 * @param tradeDuration    the same in minutes
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Trade(long tradeId, String pair, String baseCurrency, String quoteCurrency, boolean isOpen,
                    boolean isShort, String exchange, double amount, Double amountRequested, double stakeAmount,
                    Double maxStakeAmount, String strategy, String enterTag, Integer timeframe, Double feeOpen,
                    Double feeOpenCost, String feeOpenCurrency, Double feeClose, Double feeCloseCost,
                    String feeCloseCurrency, String openDate, Long openTimestamp, String openFillDate,
                    Long openFillTimestamp, double openRate, Double openRateRequested, double openTradeValue,
                    String closeDate, Long closeTimestamp, Double closeRate, Double closeRateRequested,
                    Double closeProfit, Double closeProfitPct, Double closeProfitAbs, Double profitRatio,
                    Double profitPct, Double profitAbs, Double profitFiat, Double realizedProfit,
                    Double realizedProfitRatio, String exitReason, String exitOrderStatus, Double stopLossAbs,
                    Double stopLossRatio, Double stopLossPct, String stoplossLastUpdate,
                    Long stoplossLastUpdateTimestamp, Double initialStopLossAbs, Double initialStopLossRatio,
                    Double initialStopLossPct, Double minRate, Double maxRate, boolean hasOpenOrders,
                    List<Order> orders, Double leverage, Double interestRate, Double liquidationPrice,
                    Double fundingFees, String tradingMode, Double amountPrecision, Double pricePrecision,
                    Integer precisionMode, Integer nrOfSuccessfulEntries, Integer nrOfSuccessfulExits,
                    Long tradeDurationS, Long tradeDuration, Integer precisionModePrice, Double contractSize) {
}
