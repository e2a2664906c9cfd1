package dev.hertz.core.protection;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.pairlist.ParamNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pauses trading after {@code trade_limit} (default 10) stoploss exits within the lookback period
 * whose {@code close_profit} is below {@code required_profit} (default 0). Per pair and, unless
 * {@code only_per_pair}, for all pairs; with {@code only_per_side} only trades and locks of the
 * closed trade's side count.
 */
public final class StoplossGuard extends Protection {

    private static final Set<String> STOP_REASONS =
            Set.of("trailing_stop_loss", "stop_loss", "stoploss_on_exchange", "liquidation");

    private final ParamNumber tradeLimit;
    private final boolean onlyPerPair;
    private final boolean onlyPerSide;
    private final ParamNumber requiredProfit;

    StoplossGuard(Setup setup) {
        super(setup);
        tradeLimit = params.number("trade_limit", ParamNumber.of(10));
        onlyPerPair = params.bool("only_per_pair", false);
        onlyPerSide = params.bool("only_per_side", false);
        requiredProfit = params.number("required_profit", ParamNumber.of(0.0));
    }

    @Override
    public boolean hasGlobalStop() {
        return true;
    }

    @Override
    public boolean hasLocalStop() {
        return true;
    }

    @Override
    public String shortDesc() {
        return name() + " - Frequent Stoploss Guard, " + tradeLimit + " stoplosses with profit < "
                + PythonFormat.percent(requiredProfit.value(), 2) + " within " + lookbackPeriodStr() + ".";
    }

    @Override
    public Optional<ProtectionReturn> globalStop(Instant now, String side) {
        return onlyPerPair ? Optional.empty() : guard(now, null, side);
    }

    @Override
    public Optional<ProtectionReturn> stopPerPair(String pair, Instant now, String side) {
        return guard(now, pair, side);
    }

    private Optional<ProtectionReturn> guard(Instant now, String pair, String side) {
        List<ClosedTrade> stops = recentTrades(pair, now).stream()
                .filter(t -> t.exitReason() != null && STOP_REASONS.contains(t.exitReason()))
                .filter(t -> t.closeProfit() != null && t.closeProfit() != 0
                        && t.closeProfit() < requiredProfit.value())
                .filter(t -> !onlyPerSide || t.tradeDirection().equals(side))
                .toList();
        if (stops.size() < tradeLimit.value()) {
            return Optional.empty();
        }
        log.info("Trading stopped due to " + tradeLimit + " stoplosses within " + lookbackPeriod + " minutes.");
        String reason = tradeLimit + " stoplosses in " + lookbackPeriod + " min, locking "
                + unlockReasonTimeElement() + ".";
        return Optional.of(new ProtectionReturn(calculateLockEnd(stops), reason, onlyPerSide ? side : PairLocks.ALL));
    }
}
