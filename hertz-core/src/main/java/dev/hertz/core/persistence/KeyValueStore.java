package dev.hertz.core.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * freqtrade's bot-wide {@code KeyValueStore} table: one typed value per key. Setting a key replaces
 * its value and type.
 */
public final class KeyValueStore {

    /** Open date of the first trade, or the first start on an empty database; set once. */
    public static final String BOT_START_TIME = "bot_start_time";
    /** Time of the latest bot start; set on every start. */
    public static final String STARTUP_TIME = "startup_time";

    private static final String COLUMNS = "\"key\", value_type, string_value, datetime_value, float_value, int_value";

    private final Database db;

    /** A store over {@code db}. */
    public KeyValueStore(Database db) {
        this.db = db;
    }

    /** Stores a {@code str} value. */
    public void setString(String key, String value) {
        store(new KeyValue(key, KeyValue.ValueType.STRING, value));
    }

    /** Stores a {@code datetime} value (naive UTC in the database). */
    public void setDatetime(String key, Instant value) {
        store(new KeyValue(key, KeyValue.ValueType.DATETIME, value));
    }

    /** Stores a {@code float} value. */
    public void setFloat(String key, double value) {
        store(new KeyValue(key, KeyValue.ValueType.FLOAT, value));
    }

    /** Stores an {@code int} value. */
    public void setInt(String key, long value) {
        store(new KeyValue(key, KeyValue.ValueType.INT, value));
    }

    /** Stores a value of any of the four types, replacing the previous value of {@code key}. */
    public void store(KeyValue entry) {
        if (entry.key() == null || entry.key().isEmpty() || entry.key().length() > 25) {
            throw new IllegalArgumentException("KeyValueStore key must have 1 to 25 characters, got '" + entry.key() + "'");
        }
        Dialect d = db.dialect();
        db.inTransaction(h -> {
            Optional<Long> id = h.createQuery("SELECT id FROM \"KeyValueStore\" WHERE \"key\" = :key ORDER BY id LIMIT 1")
                    .bind("key", entry.key()).mapTo(Long.class).findOne();
            String sql = id.isPresent()
                    ? "UPDATE \"KeyValueStore\" SET \"key\" = :key, value_type = :value_type, string_value = :string_value,"
                    + " datetime_value = :datetime_value, float_value = :float_value, int_value = :int_value WHERE id = :id"
                    : "INSERT INTO \"KeyValueStore\" (" + COLUMNS + ") VALUES (:key, :value_type, :string_value,"
                    + " :datetime_value, :float_value, :int_value)";
            var update = h.createUpdate(sql).bind("key", entry.key());
            id.ifPresent(value -> update.bind("id", value));
            bindValue(update, entry, d);
            return update.execute();
        });
    }

    private static void bindValue(SqlStatement<?> st, KeyValue entry, Dialect d) {
        // The columns of the other types are cleared so a key that changed type holds one value only.
        st.bind("value_type", entry.type().dbName())
                .bind("string_value", entry.type() == KeyValue.ValueType.STRING ? (String) entry.value() : null)
                .bind("datetime_value", d.time(entry.type() == KeyValue.ValueType.DATETIME ? (Instant) entry.value() : null))
                .bind("float_value", entry.type() == KeyValue.ValueType.FLOAT ? (Double) entry.value() : null)
                .bind("int_value", entry.type() == KeyValue.ValueType.INT ? (Long) entry.value() : null);
    }

    /** The entry for {@code key}, if set. */
    public Optional<KeyValue> get(String key) {
        Dialect d = db.dialect();
        return db.readTransaction(h -> h.createQuery("SELECT " + COLUMNS + " FROM \"KeyValueStore\" WHERE \"key\" = :key"
                        + " ORDER BY id LIMIT 1")
                .bind("key", key).map((rs, ctx) -> map(rs, d)).findOne());
    }

    /** The value if {@code key} holds a {@code str}. */
    public Optional<String> getString(String key) {
        return get(key).filter(kv -> kv.type() == KeyValue.ValueType.STRING).map(kv -> (String) kv.value());
    }

    /** The value if {@code key} holds a {@code datetime}. */
    public Optional<Instant> getDatetime(String key) {
        return get(key).filter(kv -> kv.type() == KeyValue.ValueType.DATETIME).map(kv -> (Instant) kv.value());
    }

    /** The value if {@code key} holds a {@code float}. */
    public Optional<Double> getFloat(String key) {
        return get(key).filter(kv -> kv.type() == KeyValue.ValueType.FLOAT).map(kv -> (Double) kv.value());
    }

    /** The value if {@code key} holds an {@code int}. */
    public Optional<Long> getInt(String key) {
        return get(key).filter(kv -> kv.type() == KeyValue.ValueType.INT).map(kv -> (Long) kv.value());
    }

    /** Removes {@code key}; false if it was not set. */
    public boolean delete(String key) {
        return db.inTransaction(h -> h.createUpdate("DELETE FROM \"KeyValueStore\" WHERE \"key\" = :key")
                .bind("key", key).execute() > 0);
    }

    /** Every entry, in id order. */
    public List<KeyValue> all() {
        Dialect d = db.dialect();
        return db.readTransaction(h -> h.createQuery("SELECT " + COLUMNS + " FROM \"KeyValueStore\" ORDER BY id")
                .map((rs, ctx) -> map(rs, d)).list());
    }

    /**
     * freqtrade's {@code set_startup_time}: {@code bot_start_time} is set once (to the open date of
     * the first trade, or {@code now} on an empty database) and {@code startup_time} to {@code now}.
     */
    public void recordStartup(Instant now, TradeRepository trades) {
        if (get(BOT_START_TIME).isEmpty()) {
            setDatetime(BOT_START_TIME, trades.firstOpenDate().orElse(now));
        }
        setDatetime(STARTUP_TIME, now);
    }

    static KeyValue map(ResultSet rs, Dialect d) throws SQLException {
        String key = rs.getString("key");
        KeyValue.ValueType type = KeyValue.ValueType.fromDb(rs.getString("value_type"), key);
        Object value = switch (type) {
            case STRING -> rs.getString("string_value");
            case DATETIME -> d.readTime(rs, "datetime_value");
            case FLOAT -> {
                double v = rs.getDouble("float_value");
                yield rs.wasNull() ? null : v;
            }
            case INT -> {
                long v = rs.getLong("int_value");
                yield rs.wasNull() ? null : v;
            }
        };
        return new KeyValue(key, type, value);
    }

    /** Every entry with its row id, in id order (for {@code convert-db}). */
    static List<Map.Entry<Long, KeyValue>> rows(Handle h, Dialect d) {
        return h.createQuery("SELECT id, " + COLUMNS + " FROM \"KeyValueStore\" ORDER BY id")
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), map(rs, d))).list();
    }

    /** Inserts an entry keeping its row id (for {@code convert-db}). */
    static void insertPreservingId(Handle h, long id, KeyValue entry, Dialect d) {
        var insert = h.createUpdate("INSERT INTO \"KeyValueStore\" (id, " + COLUMNS + ") VALUES (:id, :key, :value_type,"
                + " :string_value, :datetime_value, :float_value, :int_value)").bind("id", id).bind("key", entry.key());
        bindValue(insert, entry, d);
        insert.execute();
    }
}
