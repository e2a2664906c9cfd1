package dev.hertz.core.protection;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** After a trade of a pair closes, pauses that pair for the stop duration (both sides). */
public final class CooldownPeriod extends Protection {

    CooldownPeriod(Setup setup) {
        super(setup);
    }

    @Override
    public boolean hasGlobalStop() {
        return false;
    }

    @Override
    public boolean hasLocalStop() {
        return true;
    }

    @Override
    public String shortDesc() {
        return name() + " - Cooldown period " + unlockReasonTimeElement() + ".";
    }

    @Override
    public Optional<ProtectionReturn> stopPerPair(String pair, Instant now, String side) {
        List<ClosedTrade> trades = recentTrades(pair, now);
        if (trades.isEmpty()) {
            return Optional.empty();
        }
        ClosedTrade last = trades.stream().max(Comparator.comparing(ClosedTrade::closeDate)).orElseThrow();
        log.info("Cooldown for " + pair + " " + unlockReasonTimeElement() + ".");
        return Optional.of(new ProtectionReturn(calculateLockEnd(List.of(last)),
                "Cooldown period " + unlockReasonTimeElement() + ".", PairLocks.ALL));
    }
}
