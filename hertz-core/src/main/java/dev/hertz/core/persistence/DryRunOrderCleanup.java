package dev.hertz.core.persistence;

/**
 * freqtrade's {@code fix_old_dry_orders}, run each time a database is opened: simulated orders live
 * only in memory, so after a restart some rows still claim to be open although nothing will ever
 * fill them. Open dry-run stop orders are closed (the bot places new ones), and so are open dry-run
 * orders of trades that are already closed.
 */
final class DryRunOrderCleanup {

    private DryRunOrderCleanup() {
    }

    /** Marks stale dry-run orders as no longer open; returns how many rows changed. */
    static int closeStaleDryRunOrders(Database db) {
        return db.inTransaction(h -> {
            int stops = h.createUpdate("UPDATE orders SET ft_is_open = :closed WHERE ft_is_open = :open"
                            + " AND ft_order_side = 'stoploss' AND order_id LIKE 'dry%'")
                    .bind("open", true).bind("closed", false).execute();
            int ofClosedTrades = h.createUpdate("UPDATE orders SET ft_is_open = :closed WHERE ft_is_open = :open"
                            + " AND ft_trade_id NOT IN (SELECT id FROM trades WHERE is_open = :open)"
                            + " AND ft_order_side <> 'stoploss' AND order_id LIKE 'dry%'")
                    .bind("open", true).bind("closed", false).execute();
            return stops + ofClosedTrades;
        });
    }
}
