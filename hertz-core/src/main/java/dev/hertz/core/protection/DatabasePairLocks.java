package dev.hertz.core.protection;

import dev.hertz.core.data.Timeframe;
import dev.hertz.core.persistence.PairLock;
import dev.hertz.core.persistence.PairLockRepository;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link PairLocks} in the {@code pairlocks} table (live and dry-run): a lock counts while {@code end > t}. */
public final class DatabasePairLocks extends PairLocks {

    private static final Logger LOG = LoggerFactory.getLogger(DatabasePairLocks.class);

    private final PairLockRepository repository;

    public DatabasePairLocks(PairLockRepository repository, Timeframe timeframe, InstantSource clock) {
        super(timeframe, clock);
        this.repository = repository;
    }

    @Override
    public List<PairLock> allLocks() {
        return repository.all();
    }

    @Override
    protected PairLock store(PairLock lock) {
        return repository.add(lock);
    }

    @Override
    protected List<PairLock> activeLocks(String pair, Instant now, String side) {
        return repository.activeLocks(pair, now, side);
    }

    @Override
    protected void deactivate(String pair, Instant now, String side) {
        repository.unlockPair(pair, now, side);
    }

    @Override
    protected void deactivateReason(String reason, Instant now) {
        LOG.info("Releasing all locks with reason '{}':", reason);
        // Both side queries together cover every side; the map drops the '*' locks seen twice.
        Map<Long, PairLock> running = new LinkedHashMap<>();
        for (String side : List.of("long", "short")) {
            repository.activeLocks(null, now, side).forEach(l -> running.put(l.id(), l));
        }
        running.values().stream().filter(l -> reason.equals(l.reason()))
                .forEach(l -> LOG.info("Releasing lock for {} with reason '{}'.", l.pair(), reason));
        repository.unlockReason(reason, now);
    }
}
