package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A trade's JSON form (freqtrade's {@code Trade.to_json}), the shape {@code /trades},
 * {@code /forceenter} and, extended, {@code /status} return. Only filled or still open orders are
 * listed. For a closed trade the profit fields are the realised ones; {@code /status} puts the
 * current profit of an open trade there instead. {@code nr_of_successful_entries} and
 * {@code nr_of_successful_exits} are the later API's (filled entry and exit orders).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TradeJson(long tradeId, String pair, String baseCurrency, String quoteCurrency, boolean isOpen,
                        String exchange, double amount, Double amountRequested, double stakeAmount,
                        Double maxStakeAmount, String strategy, String enterTag, Integer timeframe, double feeOpen,
                        Double feeOpenCost, String feeOpenCurrency, double feeClose, Double feeCloseCost,
                        String feeCloseCurrency, String openDate, Long openTimestamp, String openFillDate,
                        Long openFillTimestamp, double openRate, Double openRateRequested, double openTradeValue,
                        String closeDate, Long closeTimestamp, double realizedProfit, Double realizedProfitRatio,
                        Double closeRate, Double closeRateRequested, Double closeProfit, Double closeProfitPct,
                        Double closeProfitAbs, Long tradeDurationS, Long tradeDuration, Double profitRatio,
                        Double profitPct, Double profitAbs, String exitReason, String exitOrderStatus,
                        double stopLossAbs, Double stopLossRatio, Double stopLossPct, String stoplossLastUpdate,
                        Long stoplossLastUpdateTimestamp, double initialStopLossAbs, Double initialStopLossRatio,
                        Double initialStopLossPct, Double minRate, double maxRate, double leverage,
                        double interestRate, Double liquidationPrice, boolean isShort, String tradingMode,
                        Double fundingFees, Double amountPrecision, Double pricePrecision, Integer precisionMode,
                        Integer precisionModePrice, Double contractSize, boolean hasOpenOrders,
                        int nrOfSuccessfulEntries, int nrOfSuccessfulExits, List<OrderJson> orders) {

    /**
     * The profit fields of a trade's JSON form.
     *
     * @param closeProfit null for open trades in {@code /status}
     * @param profitPct   ratio × 100 rounded to 2 decimals
     */
    public record Profit(Double closeProfit, Double profitRatio, Double profitPct, Double profitAbs) {
        /** The realised profit a closed trade records ({@code profit_pct} null when the ratio is 0 or unset). */
        static Profit realised(Trade t) {
            Double ratio = t.closeProfit();
            return new Profit(ratio, ratio, pct(ratio), t.closeProfitAbs());
        }
    }

    /** The JSON form with the realised profit. */
    public static TradeJson of(Trade t) {
        return of(t, Profit.realised(t));
    }

    /** The JSON form with the given profit fields. */
    public static TradeJson of(Trade t, Profit profit) {
        Instant open = t.openDate();
        Instant close = t.closeDate();
        Instant entryFill = t.dateEntryFill().orElse(null);
        Instant slUpdate = t.stoplossLastUpdate().orElse(null);
        Long durationS = close == null ? null : Duration.between(open, close).toSeconds();
        Double stopPct = nonZero(t.stopLossPct());
        Double initialPct = nonZero(t.initialStopLossPct());
        List<OrderJson> orders = t.orders().stream()
                .filter(o -> o.ftIsOpen() ? o.status() != null : o.filled() != null && o.filled() > 0)
                .map((Order o) -> OrderJson.of(o, t.entrySide())).toList();
        Double ratio = t.closeProfit();
        return new TradeJson(t.id(), t.pair(), t.safeBaseCurrency(), t.safeQuoteCurrency(), t.isOpen(),
                t.exchange(), RpcFormat.round(t.amount(), 8), nonZeroRounded(t.amountRequested()),
                RpcFormat.round(t.stakeAmount(), 8), nonZeroRounded(t.maxStakeAmount()), t.strategy(), t.enterTag(),
                t.timeframe(), t.feeOpen(), t.feeOpenCost(), t.feeOpenCurrency(), t.feeClose(), t.feeCloseCost(),
                t.feeCloseCurrency(), RpcFormat.dateOrNull(open), RpcFormat.millis(open),
                RpcFormat.dateOrNull(entryFill), RpcFormat.millis(entryFill), t.openRate(), t.openRateRequested(),
                RpcFormat.round(t.openTradeValue() == null ? 0.0 : t.openTradeValue(), 8),
                RpcFormat.dateOrNull(close), RpcFormat.millis(close), t.realizedProfit(), nonZero(ratio),
                t.closeRate(), t.closeRateRequested(), profit.closeProfit(), pct(ratio), t.closeProfitAbs(),
                durationS, durationS == null ? null : durationS / 60, profit.profitRatio(), profit.profitPct(),
                profit.profitAbs(), t.exitReason(), t.exitOrderStatus(), t.stopLoss(), stopPct,
                stopPct == null ? null : stopPct * 100, RpcFormat.dateOrNull(slUpdate), RpcFormat.millis(slUpdate),
                t.initialStopLoss(), initialPct, initialPct == null ? null : initialPct * 100, t.minRate(),
                t.maxRate(), t.leverage(), t.interestRate(), t.liquidationPrice(), t.isShort(),
                t.tradingMode() == null ? null : t.tradingMode().value(), t.fundingFees(), t.amountPrecision(),
                t.pricePrecision(), t.precisionMode(), t.precisionModePrice(), t.contractSize(), t.hasOpenOrders(),
                t.nrOfSuccessfulEntries(), t.nrOfSuccessfulExits(), orders);
    }

    /** Python's {@code round(ratio * 100, 2) if ratio else None}. */
    static Double pct(Double ratio) {
        return ratio == null || ratio == 0 ? null : RpcFormat.round(ratio * 100, 2);
    }

    private static Double nonZero(Double v) {
        return v == null || v == 0 ? null : v;
    }

    private static Double nonZeroRounded(Double v) {
        return v == null || v == 0 ? null : RpcFormat.round(v.doubleValue(), 8);
    }
}
