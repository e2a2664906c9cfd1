package dev.hertz.core.protection;

import java.time.Instant;
import java.util.List;

/**
 * Where protections find closed trades: the database in live and dry-run
 * ({@link RepositoryTradeHistory}), the simulated trades in a backtest.
 */
public interface TradeHistory {

    /**
     * Closed trades of {@code pair} (null = every pair) whose close date is strictly after
     * {@code after}, in any order.
     */
    List<ClosedTrade> closedTradesAfter(String pair, Instant after);
}
