package dev.hertz.core.pairlist;

import java.time.Instant;
import java.util.List;

/**
 * The trade figures pairlist filters read: per-pair performance for {@code PerformanceFilter} and
 * the open-trade count for {@code FullTradesFilter}. Live and dry-run read the database
 * ({@link RepositoryTradeStatistics}); a backtest may supply its in-memory trades.
 */
public interface TradeStatistics {

    /**
     * Per-pair sums over closed trades whose close date is at or after {@code closedSince}
     * ({@code null} = all closed trades); pairs without trades are absent.
     */
    List<PairPerformance> overallPerformance(Instant closedSince);

    /** Trades currently open. */
    int openTradeCount();
}
