package dev.hertz.core.protection;

import dev.hertz.core.data.Timeframe;
import dev.hertz.core.persistence.PairLock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * freqtrade's {@code PairLocks}: while a pair is locked no new trade is entered on it. A lock ends
 * at the candle boundary strictly after the requested time (a time already on a boundary moves a
 * whole candle on), so a lock never expires in the middle of a candle. Pair {@code *} locks every
 * pair; side {@code *} blocks both directions, {@code long}/{@code short} only that one. Asking
 * about side {@code *} sees only {@code *} locks; asking about {@code long} sees {@code long} and
 * {@code *} locks.
 *
 * <p>Live and dry-run keep locks in the database ({@link DatabasePairLocks}, locked while
 * {@code end > t}); backtesting keeps them in memory ({@link InMemoryPairLocks}, locked while
 * {@code end >= t}). Methods without a time use the injected clock.
 */
public abstract class PairLocks {

    /** Pair and side value meaning "all". */
    public static final String ALL = PairLock.ALL;

    private static final Logger LOG = LoggerFactory.getLogger(PairLocks.class);

    private final Timeframe timeframe;
    private final InstantSource clock;

    /**
     * @param timeframe the strategy timeframe lock ends are rounded to
     * @param clock     "now" where the caller gives no time
     */
    protected PairLocks(Timeframe timeframe, InstantSource clock) {
        this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The timeframe lock ends are rounded to. */
    public final Timeframe timeframe() {
        return timeframe;
    }

    /**
     * Locks {@code pair} ({@code *} = all pairs) for {@code side} from {@code now} until the first
     * candle boundary after {@code until}.
     *
     * @param reason shown to users, may be null
     * @param side   {@code long}, {@code short} or {@code *}
     */
    public final PairLock lockPair(String pair, Instant until, String reason, Instant now, String side) {
        PairLock lock = PairLock.of(pair, side, reason, now, timeframe.nextDate(until));
        return store(lock);
    }

    /** {@link #lockPair(String, Instant, String, Instant, String)} starting now. */
    public final PairLock lockPair(String pair, Instant until, String reason, String side) {
        return lockPair(pair, until, reason, clock.instant(), side);
    }

    /** Active locks at {@code now} for {@code pair} (null = every pair, the global lock only under {@code *}) and {@code side}. */
    public final List<PairLock> getPairLocks(String pair, Instant now, String side) {
        return activeLocks(pair, now, checkSide(side));
    }

    /** The lock of {@code pair} that ends last, if any is active at {@code now}. */
    public final Optional<PairLock> getPairLongestLock(String pair, Instant now, String side) {
        return getPairLocks(pair, now, side).stream().max(Comparator.comparing(PairLock::lockEndTime));
    }

    /** Releases the locks of {@code pair} that {@link #getPairLocks} returns for {@code side}. */
    public final void unlockPair(String pair, Instant now, String side) {
        LOG.info("Releasing all locks for {}.", pair);
        deactivate(pair, now, checkSide(side));
    }

    /** Releases {@code pair}'s side-{@code *} locks running now. */
    public final void unlockPair(String pair) {
        unlockPair(pair, clock.instant(), ALL);
    }

    /** Releases every lock (any pair, any side) running at {@code now} with exactly this reason. */
    public final void unlockReason(String reason, Instant now) {
        deactivateReason(reason, now);
    }

    /** Whether a global ({@code *}) lock for {@code side} is active at {@code now}. */
    public final boolean isGlobalLock(Instant now, String side) {
        return !getPairLocks(ALL, now, side).isEmpty();
    }

    /** Whether {@code pair} (or every pair) is locked for {@code side} at {@code now}. */
    public final boolean isPairLocked(String pair, Instant now, String side) {
        return !getPairLocks(pair, now, side).isEmpty() || isGlobalLock(now, side);
    }

    /** {@link #isPairLocked(String, Instant, String)} now. */
    public final boolean isPairLocked(String pair, String side) {
        return isPairLocked(pair, clock.instant(), side);
    }

    /** Every lock ever placed, active or not, expired or not. */
    public abstract List<PairLock> allLocks();

    /** Stores a new lock and returns it as stored. */
    protected abstract PairLock store(PairLock lock);

    /** Active locks in force at {@code now}, with the side matching described on the class. */
    protected abstract List<PairLock> activeLocks(String pair, Instant now, String side);

    /** Deactivates what {@link #activeLocks} returns for the same arguments. */
    protected abstract void deactivate(String pair, Instant now, String side);

    /** Deactivates active locks running at {@code now} with this reason. */
    protected abstract void deactivateReason(String reason, Instant now);

    private static String checkSide(String side) {
        if (!ALL.equals(side) && !"long".equals(side) && !"short".equals(side)) {
            throw new IllegalArgumentException("Lock side '" + side + "' is invalid; allowed: long, short, *");
        }
        return side;
    }
}
