package dev.hertz.core.protection;

import dev.hertz.core.persistence.Trade;
import dev.hertz.core.persistence.TradeRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link TradeHistory} over the trade database. */
public final class RepositoryTradeHistory implements TradeHistory {

    private static final int PAGE = 500;

    private final TradeRepository trades;

    public RepositoryTradeHistory(TradeRepository trades) {
        this.trades = trades;
    }

    @Override
    public List<ClosedTrade> closedTradesAfter(String pair, Instant after) {
        List<ClosedTrade> result = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Trade> page = trades.closedTrades(PAGE, offset);
            for (Trade t : page) {
                if (t.closeDate() != null && t.closeDate().isAfter(after) && (pair == null || pair.equals(t.pair()))) {
                    result.add(ClosedTrade.of(t));
                }
            }
            if (page.size() < PAGE) {
                return result;
            }
        }
    }
}
