package dev.hertz.core.persistence;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of freqtrade's {@code pairlocks} table: while active and before {@code lockEndTime}, no new
 * trade is entered on {@code pair} ({@code *} = every pair) for {@code side} ({@code long},
 * {@code short} or {@code *} = both).
 *
 * @param id          database id, null before the lock is stored
 * @param pair        locked pair or {@code *}
 * @param side        {@code long}, {@code short} or {@code *}
 * @param reason      shown to the user, may be null
 * @param lockTime    when the lock was placed
 * @param lockEndTime when it ends (already rounded to the next candle by the caller)
 * @param active      false once released
 */
public record PairLock(Long id, String pair, String side, String reason, Instant lockTime, Instant lockEndTime,
                       boolean active) {

    /** Side value that covers both directions (and pair value that covers all pairs). */
    public static final String ALL = "*";

    /** Validates the non-null columns and the side. */
    public PairLock {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(lockTime, "lock_time");
        Objects.requireNonNull(lockEndTime, "lock_end_time");
        side = side == null ? ALL : side;
        if (!side.equals(ALL) && !side.equals("long") && !side.equals("short")) {
            throw new IllegalArgumentException("Pair lock side '" + side + "' is invalid; allowed: long, short, *");
        }
    }

    /** A new active lock, not yet stored. */
    public static PairLock of(String pair, String side, String reason, Instant lockTime, Instant lockEndTime) {
        return new PairLock(null, pair, side, reason, lockTime, lockEndTime, true);
    }

    PairLock withId(long newId) {
        return new PairLock(newId, pair, side, reason, lockTime, lockEndTime, active);
    }
}
