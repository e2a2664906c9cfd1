package dev.hertz.core.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * freqtrade's {@code trade_custom_data} table: values a strategy attaches to a trade. Keys are
 * matched ignoring case (freqtrade uses {@code ILIKE}); the key keeps the spelling it was first
 * written with.
 */
public final class CustomDataRepository {

    private static final String COLUMNS = "id, ft_trade_id, cd_key, cd_type, cd_value, created_at, updated_at";

    private final Database db;

    /** A repository over {@code db}. */
    public CustomDataRepository(Database db) {
        this.db = db;
    }

    /**
     * Sets {@code key} of trade {@code tradeId} to {@code value} ({@code Boolean}, a number,
     * a {@code String}, or anything Jackson can write as JSON). An existing key gets the new value,
     * type and {@code updated_at = now}; a new key gets {@code created_at = now}.
     *
     * @return the stored row
     */
    public CustomData set(long tradeId, String key, Object value, Instant now) {
        if (key == null || key.isEmpty() || key.length() > 255) {
            throw new IllegalArgumentException("Custom data key must have 1 to 255 characters, got '" + key + "'");
        }
        String type = CustomData.pythonType(value);
        String text = CustomData.encode(value);
        Dialect d = db.dialect();
        return db.inTransaction(h -> {
            Optional<CustomData> existing = find(h, tradeId, key, d);
            if (existing.isPresent()) {
                CustomData old = existing.get();
                h.createUpdate("UPDATE trade_custom_data SET cd_type = :type, cd_value = :value, updated_at = :now"
                                + " WHERE id = :id")
                        .bind("type", type).bind("value", text).bind("now", d.time(now)).bind("id", old.id()).execute();
                return new CustomData(old.id(), tradeId, old.key(), type, text, old.createdAt(), now);
            }
            CustomData row = new CustomData(null, tradeId, key, type, text, now, null);
            long id = insert(h, row, false, d);
            return new CustomData(id, tradeId, key, type, text, now, null);
        });
    }

    /** The value of {@code key} (any case) for the trade. */
    public Optional<CustomData> get(long tradeId, String key) {
        Dialect d = db.dialect();
        return db.readTransaction(h -> find(h, tradeId, key, d));
    }

    /** All custom data of the trade, in id order. */
    public List<CustomData> all(long tradeId) {
        Dialect d = db.dialect();
        return db.readTransaction(h -> h.createQuery("SELECT " + COLUMNS + " FROM trade_custom_data"
                        + " WHERE ft_trade_id = :t ORDER BY id")
                .bind("t", tradeId).map((rs, ctx) -> map(rs, d)).list());
    }

    /** Deletes all custom data of the trade; returns how many rows went. */
    public int deleteAll(long tradeId) {
        return db.inTransaction(h -> h.createUpdate("DELETE FROM trade_custom_data WHERE ft_trade_id = :t")
                .bind("t", tradeId).execute());
    }

    private static Optional<CustomData> find(Handle h, long tradeId, String key, Dialect d) {
        return h.createQuery("SELECT " + COLUMNS + " FROM trade_custom_data WHERE ft_trade_id = :t"
                        + " AND lower(cd_key) = lower(:key) ORDER BY id LIMIT 1")
                .bind("t", tradeId).bind("key", key).map((rs, ctx) -> map(rs, d)).findOne();
    }

    static CustomData map(ResultSet rs, Dialect d) throws SQLException {
        long id = rs.getLong("id");
        return new CustomData(id, rs.getLong("ft_trade_id"), rs.getString("cd_key"), rs.getString("cd_type"),
                rs.getString("cd_value"), d.readTime(rs, "created_at"), d.readTime(rs, "updated_at"));
    }

    /** Every row of every trade, in id order (for {@code convert-db}). */
    static List<CustomData> allRows(Handle h, Dialect d) {
        return h.createQuery("SELECT " + COLUMNS + " FROM trade_custom_data ORDER BY id").map((rs, ctx) -> map(rs, d)).list();
    }

    /** Inserts a row, keeping its id when {@code withId}; returns the id. */
    static long insert(Handle h, CustomData row, boolean withId, Dialect d) {
        var insert = h.createQuery("INSERT INTO trade_custom_data (" + (withId ? "id, " : "")
                        + "ft_trade_id, cd_key, cd_type, cd_value, created_at, updated_at) VALUES ("
                        + (withId ? ":id, " : "") + ":t, :key, :type, :value, :created, :updated) RETURNING id")
                .bind("t", row.tradeId()).bind("key", row.key()).bind("type", row.cdType())
                .bind("value", row.cdValue()).bind("created", d.time(row.createdAt()))
                .bind("updated", d.time(row.updatedAt()));
        if (withId) {
            insert.bind("id", row.id());
        }
        return insert.mapTo(Long.class).one();
    }
}
