package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.core.persistence.PairLock;

/**
 * A pair lock as {@code /locks} and the protection messages show it.
 *
 * @param lockTime      {@code yyyy-MM-dd HH:mm:ss} UTC
 * @param lockTimestamp epoch milliseconds
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LockJson(Long id, String pair, String lockTime, long lockTimestamp, String lockEndTime,
                       long lockEndTimestamp, String reason, String side, boolean active) {

    /** The JSON form of a stored lock. */
    public static LockJson of(PairLock lock) {
        return new LockJson(lock.id(), lock.pair(), RpcFormat.date(lock.lockTime()),
                lock.lockTime().toEpochMilli(), RpcFormat.date(lock.lockEndTime()), lock.lockEndTime().toEpochMilli(),
                lock.reason(), lock.side(), lock.active());
    }
}
