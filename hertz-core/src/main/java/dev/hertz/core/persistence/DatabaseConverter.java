package dev.hertz.core.persistence;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code convert-db} command: copies trades (with orders), pair locks, the key-value store and
 * trade custom data from one database to another, keeping every id, then moves PostgreSQL's id
 * sequences past the copied ids so new rows do not collide. The target must be empty; the copy is
 * one transaction, so a failure leaves it empty.
 */
public final class DatabaseConverter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConverter.class);
    private static final List<String> TABLES = List.of("trades", "orders", "pairlocks", "\"KeyValueStore\"",
            "trade_custom_data");

    /**
     * What was copied.
     *
     * @param trades     trades copied
     * @param orders     orders copied
     * @param pairlocks  pair locks copied
     * @param keyValues  key-value entries copied
     * @param customData custom-data rows copied
     */
    public record Result(int trades, int orders, int pairlocks, int keyValues, int customData) {

        /** freqtrade's closing log line. */
        public String logLine() {
            return "Migrated " + trades + " Trades, and " + pairlocks + " Pairlocks.";
        }
    }

    private DatabaseConverter() {
    }

    /**
     * Copies everything from {@code source} to {@code target}.
     *
     * @throws PersistenceException if the target already holds rows in any of the five tables
     */
    public static Result convert(Database source, Database target) {
        requireEmpty(target);
        LOG.info("Starting db migration.");
        Dialect from = source.dialect();
        Dialect to = target.dialect();
        List<Trade> trades = new TradeRepository(source).allTrades();
        List<PairLock> locks = new PairLockRepository(source).all();
        List<Map.Entry<Long, KeyValue>> keyValues = source.readTransaction(h -> KeyValueStore.rows(h, from));
        List<CustomData> customData = source.readTransaction(h -> CustomDataRepository.allRows(h, from));
        Result result = target.inTransaction(h -> {
            int orders = 0;
            for (Trade trade : trades) {
                TradeRepository.insertPreservingIds(h, trade, to);
                orders += trade.orders().size();
            }
            for (PairLock lock : locks) {
                PairLockRepository.insertPreservingId(h, lock, to);
            }
            for (Map.Entry<Long, KeyValue> entry : keyValues) {
                KeyValueStore.insertPreservingId(h, entry.getKey(), entry.getValue(), to);
            }
            for (CustomData row : customData) {
                CustomDataRepository.insert(h, row, true, to);
            }
            if (to == Dialect.POSTGRESQL) {
                fixSequences(h);
            }
            return new Result(trades.size(), orders, locks.size(), keyValues.size(), customData.size());
        });
        LOG.info(result.logLine());
        return result;
    }

    private static void requireEmpty(Database target) {
        target.readTransaction(h -> {
            StringBuilder filled = new StringBuilder();
            for (String table : TABLES) {
                long rows = h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one();
                if (rows > 0) {
                    filled.append(filled.isEmpty() ? "" : ", ").append(table.replace("\"", "")).append(": ").append(rows);
                }
            }
            if (!filled.isEmpty()) {
                throw new PersistenceException("Target database " + target.url() + " is not empty (" + filled
                        + " rows); convert-db only copies into an empty database.");
            }
            return null;
        });
    }

    /** Points each serial sequence at the highest copied id (next value = max + 1; 1 on an empty table). */
    private static void fixSequences(Handle h) {
        for (String table : TABLES) {
            h.createQuery("SELECT setval(pg_get_serial_sequence(:table, 'id'), coalesce(max(id), 1), max(id) IS NOT NULL)"
                    + " FROM " + table).bind("table", table).mapTo(Long.class).one();
        }
    }
}
