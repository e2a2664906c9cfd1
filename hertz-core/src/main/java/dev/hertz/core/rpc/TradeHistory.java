package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.core.persistence.Trade;

import java.util.Comparator;
import java.util.List;

/** {@code /trades}: one page of closed trades and how many closed trades exist in all. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TradeHistory(List<TradeJson> trades, int tradesCount, int offset, long totalTrades) {
    public TradeHistory {
        trades = List.copyOf(trades);
    }

    /**
     * With {@code limit} > 0 a page of {@code closed} ordered by close date descending (by id
     * ascending with {@code orderById}); with 0 all of them, newest close first, offset ignored.
     */
    static TradeHistory page(List<Trade> closed, int limit, int offset, boolean orderById) {
        Comparator<Trade> byCloseDesc = Comparator.comparing(Trade::closeDate,
                Comparator.nullsLast(Comparator.reverseOrder()));
        List<Trade> page;
        if (limit > 0) {
            page = closed.stream().sorted(orderById ? Comparator.comparing(Trade::id) : byCloseDesc)
                    .skip(offset).limit(limit).toList();
        } else {
            page = closed.stream().sorted(byCloseDesc).toList();
        }
        return new TradeHistory(page.stream().map(TradeJson::of).toList(), page.size(), offset, closed.size());
    }
}
