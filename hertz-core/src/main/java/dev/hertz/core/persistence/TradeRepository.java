package dev.hertz.core.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Reads and writes trades with their orders. Every call is one explicit transaction; trades always
 * come back with all their orders (ordered by order id, as freqtrade's relationship does) and
 * nothing is loaded lazily.
 */
public final class TradeRepository {

    private static final String SELECT_TRADES = "SELECT * FROM trades";
    private static final int ORDER_CHUNK = 500;

    private final Database db;

    /** A repository over {@code db}. */
    public TradeRepository(Database db) {
        this.db = db;
    }

    /**
     * Inserts or updates the trade and each of its orders in one transaction; orders of this trade
     * that are no longer in its list are deleted (freqtrade's delete-orphan cascade). New ids are
     * assigned to the objects only after the commit, so a failed save leaves both the database and
     * the objects as they were.
     *
     * @return the same trade, now with ids
     */
    public Trade save(Trade trade) {
        Dialect d = db.dialect();
        List<Long> orderIds;
        try {
            orderIds = db.inTransaction(h -> writeAll(h, trade, d));
        } catch (JdbiException e) {
            throw new PersistenceException("Saving trade " + (trade.id() != null ? trade.id() : "(new)") + " "
                    + trade.pair() + " failed, nothing was written: " + PersistenceException.rootMessage(e), e);
        }
        trade.setId(orderIds.get(0));
        for (int i = 0; i < trade.orders().size(); i++) {
            Order order = trade.orders().get(i);
            order.setId(orderIds.get(i + 1));
            order.setFtTradeId(trade.id());
        }
        return trade;
    }

    /** Writes trade and orders; returns the trade id followed by each order's id. */
    private static List<Long> writeAll(Handle h, Trade trade, Dialect d) {
        long tradeId = writeTrade(h, trade, d);
        List<Long> ids = new ArrayList<>();
        ids.add(tradeId);
        Set<Long> kept = new HashSet<>();
        for (Order order : trade.orders()) {
            long orderId = writeOrder(h, order, tradeId, d);
            kept.add(orderId);
            ids.add(orderId);
        }
        for (Long existing : h.createQuery("SELECT id FROM orders WHERE ft_trade_id = :t")
                .bind("t", tradeId).mapTo(Long.class).list()) {
            if (!kept.contains(existing)) {
                h.createUpdate("DELETE FROM orders WHERE id = :id").bind("id", existing).execute();
            }
        }
        return ids;
    }

    private static long writeTrade(Handle h, Trade trade, Dialect d) {
        if (trade.id() != null) {
            var update = h.createUpdate(TradeRows.updateSql("trades", TradeRows.TRADE_COLUMNS, d)).bind("id", trade.id());
            TradeRows.bindTrade(update, trade, d);
            if (update.execute() == 1) {
                return trade.id();
            }
            throw new PersistenceException("Trade " + trade.id() + " does not exist in the database (deleted?); not saved");
        }
        var insert = h.createQuery(TradeRows.insertSql("trades", TradeRows.TRADE_COLUMNS, false, d));
        TradeRows.bindTrade(insert, trade, d);
        return insert.mapTo(Long.class).one();
    }

    private static long writeOrder(Handle h, Order order, long tradeId, Dialect d) {
        if (order.id() != null) {
            var update = h.createUpdate(TradeRows.updateSql("orders", TradeRows.ORDER_COLUMNS, d))
                    .bind("id", order.id());
            TradeRows.bindOrder(update, order, tradeId, d);
            if (update.execute() == 1) {
                return order.id();
            }
            throw new PersistenceException("Order " + order.id() + " (" + order.orderId()
                    + ") does not exist in the database; not saved");
        }
        var insert = h.createQuery(TradeRows.insertSql("orders", TradeRows.ORDER_COLUMNS, false, d));
        TradeRows.bindOrder(insert, order, tradeId, d);
        return insert.mapTo(Long.class).one();
    }

    /** Inserts a trade and its orders keeping their ids (for {@code convert-db}). */
    static void insertPreservingIds(Handle h, Trade trade, Dialect d) {
        var insert = h.createQuery(TradeRows.insertSql("trades", TradeRows.TRADE_COLUMNS, true, d)).bind("id", trade.id());
        TradeRows.bindTrade(insert, trade, d);
        insert.mapTo(Long.class).one();
        for (Order order : trade.orders()) {
            var o = h.createQuery(TradeRows.insertSql("orders", TradeRows.ORDER_COLUMNS, true, d)).bind("id", order.id());
            TradeRows.bindOrder(o, order, trade.id(), d);
            o.mapTo(Long.class).one();
        }
    }

    /** The trade with this id, with its orders. */
    public Optional<Trade> findById(long id) {
        return db.readTransaction(h -> load(h, SELECT_TRADES + " WHERE id = :id", Map.of("id", id)).stream().findFirst());
    }

    /** All open trades, oldest id first. */
    public List<Trade> openTrades() {
        return db.readTransaction(h -> load(h, SELECT_TRADES + " WHERE is_open = :open ORDER BY id", Map.of("open", true)));
    }

    /** Open trades of one pair, oldest id first. */
    public List<Trade> openTrades(String pair) {
        return db.readTransaction(h -> load(h, SELECT_TRADES + " WHERE is_open = :open AND pair = :pair ORDER BY id",
                Map.of("open", true, "pair", pair)));
    }

    /** One page of closed trades ordered by id, as freqtrade's {@code /trades} endpoint pages them. */
    public List<Trade> closedTrades(int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must be >= 0, got limit=" + limit + ", offset=" + offset);
        }
        return db.readTransaction(h -> load(h, SELECT_TRADES + " WHERE is_open = :open ORDER BY id LIMIT :limit OFFSET :offset",
                Map.of("open", false, "limit", limit, "offset", offset)));
    }

    /** Every trade, oldest id first. */
    public List<Trade> allTrades() {
        return db.readTransaction(h -> load(h, SELECT_TRADES + " ORDER BY id", Map.of()));
    }

    /** Number of trades; {@code isOpen} null counts all. */
    public long count(Boolean isOpen) {
        return db.readTransaction(h -> isOpen == null
                ? h.createQuery("SELECT count(*) FROM trades").mapTo(Long.class).one()
                : h.createQuery("SELECT count(*) FROM trades WHERE is_open = :open").bind("open", isOpen.booleanValue())
                        .mapTo(Long.class).one());
    }

    /** Sum of {@code close_profit_abs} over closed trades: the realised result the wallet starts from. */
    public double totalClosedProfit() {
        return db.readTransaction(h -> h.createQuery(
                        "SELECT COALESCE(SUM(close_profit_abs), 0) FROM trades WHERE is_open = :open")
                .bind("open", false).mapTo(Double.class).one());
    }

    /** The latest time any trade or order records (open, close, order, fill or update dates), if any. */
    public Optional<Instant> latestActivity() {
        Dialect d = db.dialect();
        return db.readTransaction(h -> {
            Optional<Instant> latest = Optional.empty();
            for (String query : List.of(
                    "SELECT MAX(open_date) AS t FROM trades", "SELECT MAX(close_date) AS t FROM trades",
                    "SELECT MAX(order_date) AS t FROM orders", "SELECT MAX(order_update_date) AS t FROM orders")) {
                Optional<Instant> t = h.createQuery(query).map((rs, c) -> d.readTime(rs, "t")).findOne();
                if (t.isPresent() && (latest.isEmpty() || t.get().isAfter(latest.get()))) {
                    latest = t;
                }
            }
            return latest;
        });
    }

    /** Open date of the first trade (lowest open date), used for {@code bot_start_time}. */
    public Optional<Instant> firstOpenDate() {
        Dialect d = db.dialect();
        return db.readTransaction(h -> h.createQuery("SELECT open_date FROM trades ORDER BY open_date LIMIT 1")
                .map((rs, ctx) -> d.readTime(rs, "open_date")).findOne());
    }

    /** All orders still flagged open, of any trade. */
    public List<Order> openOrders() {
        Dialect d = db.dialect();
        return db.readTransaction(h -> h.createQuery("SELECT * FROM orders WHERE ft_is_open = :open ORDER BY id")
                .bind("open", true).map((rs, ctx) -> TradeRows.mapOrder(rs, d)).list());
    }

    /** Deletes the trade, its orders and its custom data in one transaction; false if it did not exist. */
    public boolean delete(long tradeId) {
        return db.inTransaction(h -> {
            h.createUpdate("DELETE FROM trade_custom_data WHERE ft_trade_id = :id").bind("id", tradeId).execute();
            h.createUpdate("DELETE FROM orders WHERE ft_trade_id = :id").bind("id", tradeId).execute();
            return h.createUpdate("DELETE FROM trades WHERE id = :id").bind("id", tradeId).execute() == 1;
        });
    }

    private List<Trade> load(Handle h, String sql, Map<String, ?> params) {
        Dialect d = db.dialect();
        var query = h.createQuery(sql);
        params.forEach(query::bind);
        Map<Long, Trade> trades = new LinkedHashMap<>();
        for (Trade t : query.map((rs, ctx) -> TradeRows.mapTrade(rs, d)).list()) {
            trades.put(t.id(), t);
        }
        if (trades.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(trades.keySet());
        // Chunks keep the IN list below every driver's parameter limit when all trades are loaded.
        for (int from = 0; from < ids.size(); from += ORDER_CHUNK) {
            h.createQuery("SELECT * FROM orders WHERE ft_trade_id IN (<ids>) ORDER BY id")
                    .bindList("ids", ids.subList(from, Math.min(ids.size(), from + ORDER_CHUNK)))
                    .map((rs, ctx) -> TradeRows.mapOrder(rs, d))
                    .forEach(o -> Objects.requireNonNull(trades.get(o.ftTradeId())).orders().add(o));
        }
        return List.copyOf(trades.values());
    }
}
