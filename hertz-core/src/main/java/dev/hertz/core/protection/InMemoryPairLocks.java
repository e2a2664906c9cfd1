package dev.hertz.core.protection;

import dev.hertz.core.data.Timeframe;
import dev.hertz.core.persistence.PairLock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link PairLocks} kept in memory for backtesting and hyperopt, where nothing may reach the
 * database. As in freqtrade's backtesting, a lock still counts at its exact end time
 * ({@code end >= t}). Locks carry no id. Thread-safe.
 */
public final class InMemoryPairLocks extends PairLocks {

    private final List<PairLock> locks = new ArrayList<>();

    public InMemoryPairLocks(Timeframe timeframe, InstantSource clock) {
        super(timeframe, clock);
    }

    /** Forgets every lock (freqtrade's {@code reset_locks}, between backtest runs). */
    public synchronized void reset() {
        locks.clear();
    }

    @Override
    public synchronized List<PairLock> allLocks() {
        return List.copyOf(locks);
    }

    @Override
    protected synchronized PairLock store(PairLock lock) {
        locks.add(lock);
        return lock;
    }

    @Override
    protected synchronized List<PairLock> activeLocks(String pair, Instant now, String side) {
        List<PairLock> result = new ArrayList<>();
        for (PairLock lock : locks) {
            if (inForce(lock, pair, now, side)) {
                result.add(lock);
            }
        }
        return result;
    }

    @Override
    protected synchronized void deactivate(String pair, Instant now, String side) {
        locks.replaceAll(l -> inForce(l, pair, now, side) ? released(l) : l);
    }

    @Override
    protected synchronized void deactivateReason(String reason, Instant now) {
        locks.replaceAll(l -> l.active() && !l.lockEndTime().isBefore(now) && reason.equals(l.reason())
                ? released(l) : l);
    }

    private static boolean inForce(PairLock lock, String pair, Instant now, String side) {
        return lock.active()
                && !lock.lockEndTime().isBefore(now)
                && (pair == null || lock.pair().equals(pair))
                && (lock.side().equals(ALL) || lock.side().equals(side));
    }

    private static PairLock released(PairLock l) {
        return new PairLock(l.id(), l.pair(), l.side(), l.reason(), l.lockTime(), l.lockEndTime(), false);
    }
}
