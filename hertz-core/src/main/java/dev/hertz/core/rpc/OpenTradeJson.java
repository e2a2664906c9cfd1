package dev.hertz.core.rpc;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code /status} for one trade: its JSON form, with the current profit in the profit fields,
 * plus the current rate, total profit and stoploss distances. Values that need a price are NaN
 * when no price could be had (the API writes them as null).
 *
 * @param stoplossCurrentDist stop price − current rate
 * @param stoplossEntryDist   the profit if the stop were hit
 * @param openOrders          {@code "(limit buy rem=0.50000000)"} per open non-stoploss order, joined by {@code ", "}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenTradeJson(@JsonUnwrapped TradeJson trade, double currentRate, Double profitFiat,
                            double totalProfitAbs, Double totalProfitFiat, Double totalProfitRatio,
                            double stoplossCurrentDist, double stoplossCurrentDistRatio,
                            double stoplossCurrentDistPct, double stoplossEntryDist, double stoplossEntryDistRatio,
                            String openOrders) {
}
