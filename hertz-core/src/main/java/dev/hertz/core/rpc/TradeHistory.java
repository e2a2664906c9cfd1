package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code /trades}: one page of closed trades and how many closed trades exist in all. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TradeHistory(List<TradeJson> trades, int tradesCount, int offset, long totalTrades) {
    public TradeHistory {
        trades = List.copyOf(trades);
    }
}
