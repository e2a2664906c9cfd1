package dev.hertz.core.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * freqtrade's {@code pairlocks} table. A lock counts while {@code active} and
 * {@code lock_end_time > now} (strictly, as in freqtrade's live database query). Side matching: a
 * query for {@code *} sees only {@code *} locks, a query for {@code long}/{@code short} also sees
 * {@code *} locks. Rounding the end to the next candle is the caller's job.
 */
public final class PairLockRepository {

    private static final String COLUMNS = "id, pair, side, reason, lock_time, lock_end_time, active";

    private final Database db;

    /** A repository over {@code db}. */
    public PairLockRepository(Database db) {
        this.db = db;
    }

    /** Stores a new lock; returns it with its id. */
    public PairLock add(PairLock lock) {
        Dialect d = db.dialect();
        long id = db.inTransaction(h -> h.createQuery("INSERT INTO pairlocks (pair, side, reason, lock_time, lock_end_time,"
                        + " active) VALUES (:pair, :side, :reason, :lock_time, :lock_end_time, :active) RETURNING id")
                .bind("pair", lock.pair()).bind("side", lock.side()).bind("reason", lock.reason())
                .bind("lock_time", d.time(lock.lockTime())).bind("lock_end_time", d.time(lock.lockEndTime()))
                .bind("active", lock.active()).mapTo(Long.class).one());
        return lock.withId(id);
    }

    /**
     * Locks in force at {@code now} for {@code pair} (null = every pair) and {@code side}
     * ({@code long}, {@code short} or {@code *}).
     */
    public List<PairLock> activeLocks(String pair, Instant now, String side) {
        Dialect d = db.dialect();
        String sql = "SELECT " + COLUMNS + " FROM pairlocks WHERE " + inForce(pair, side) + " ORDER BY id";
        return db.readTransaction(h -> bindInForce(h.createQuery(sql), pair, now, side, d)
                .map((rs, ctx) -> map(rs, d)).list());
    }

    /** Every lock ever stored, active or not. */
    public List<PairLock> all() {
        Dialect d = db.dialect();
        return db.readTransaction(h -> h.createQuery("SELECT " + COLUMNS + " FROM pairlocks ORDER BY id")
                .map((rs, ctx) -> map(rs, d)).list());
    }

    /** Deactivates one lock; false if there is no lock with this id. */
    public boolean unlockById(long id) {
        return db.inTransaction(h -> h.createUpdate("UPDATE pairlocks SET active = :inactive WHERE id = :id")
                .bind("inactive", false).bind("id", id).execute() == 1);
    }

    /** freqtrade's {@code unlock_pair}: deactivates the locks {@link #activeLocks} returns for this pair and side. */
    public int unlockPair(String pair, Instant now, String side) {
        Dialect d = db.dialect();
        String sql = "UPDATE pairlocks SET active = :inactive WHERE " + inForce(pair, side);
        return db.inTransaction(h -> bindInForce(h.createUpdate(sql), pair, now, side, d)
                .bind("inactive", false).execute());
    }

    /** freqtrade's {@code unlock_reason}: deactivates running locks with exactly this reason. */
    public int unlockReason(String reason, Instant now) {
        Dialect d = db.dialect();
        return db.inTransaction(h -> h.createUpdate("UPDATE pairlocks SET active = :inactive"
                        + " WHERE lock_end_time > :now AND active = :active AND reason = :reason")
                .bind("inactive", false).bind("active", true).bind("now", d.time(now)).bind("reason", reason)
                .execute());
    }

    private static String inForce(String pair, String side) {
        return "lock_end_time > :now AND active = :active"
                + (pair != null ? " AND pair = :pair" : "")
                + (PairLock.ALL.equals(side) ? " AND side = '*'" : " AND (side = :side OR side = '*')");
    }

    private static <S extends SqlStatement<S>> S bindInForce(S statement, String pair, Instant now, String side,
                                                             Dialect d) {
        statement.bind("now", d.time(now)).bind("active", true);
        if (pair != null) {
            statement.bind("pair", pair);
        }
        if (!PairLock.ALL.equals(side)) {
            statement.bind("side", side);
        }
        return statement;
    }

    static PairLock map(ResultSet rs, Dialect d) throws SQLException {
        return new PairLock(rs.getLong("id"), rs.getString("pair"), rs.getString("side"), rs.getString("reason"),
                d.readTime(rs, "lock_time"), d.readTime(rs, "lock_end_time"), rs.getBoolean("active"));
    }

    /** Inserts a lock keeping its id (for {@code convert-db}). */
    static void insertPreservingId(Handle h, PairLock lock, Dialect d) {
        h.createUpdate("INSERT INTO pairlocks (" + COLUMNS + ") VALUES (:id, :pair, :side, :reason, :lock_time,"
                        + " :lock_end_time, :active)")
                .bind("id", lock.id()).bind("pair", lock.pair()).bind("side", lock.side()).bind("reason", lock.reason())
                .bind("lock_time", d.time(lock.lockTime())).bind("lock_end_time", d.time(lock.lockEndTime()))
                .bind("active", lock.active()).execute();
    }
}
