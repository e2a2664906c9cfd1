package dev.hertz.core.protection;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.pairlist.ParamNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Pauses a pair when it has at least {@code trade_limit} (default 1) closed trades in the lookback
 * period (all sides counted) and their summed {@code close_profit} (only the closed trade's side
 * with {@code only_per_side}) is below {@code required_profit} (default 0).
 */
public final class LowProfitPairs extends Protection {

    private final ParamNumber tradeLimit;
    private final ParamNumber requiredProfit;
    private final boolean onlyPerSide;

    LowProfitPairs(Setup setup) {
        super(setup);
        tradeLimit = params.number("trade_limit", ParamNumber.of(1));
        requiredProfit = params.number("required_profit", ParamNumber.of(0.0));
        onlyPerSide = params.bool("only_per_side", false);
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
        return name() + " - Low Profit Protection, locks pairs with profit < " + requiredProfit + " within "
                + lookbackPeriodStr() + ".";
    }

    @Override
    public Optional<ProtectionReturn> stopPerPair(String pair, Instant now, String side) {
        List<ClosedTrade> trades = recentTrades(pair, now);
        if (trades.size() < tradeLimit.value()) {
            return Optional.empty();
        }
        double profit = 0;
        int terms = 0;
        for (ClosedTrade t : trades) {
            if (t.closeProfit() != null && t.closeProfit() != 0 && (!onlyPerSide || t.tradeDirection().equals(side))) {
                profit += t.closeProfit();
                terms++;
            }
        }
        if (profit >= requiredProfit.value()) {
            return Optional.empty();
        }
        // Python's sum() of nothing is the integer 0, which the lock reason prints as "0".
        String profitText = terms == 0 ? "0" : PythonFormat.floatRepr(profit);
        log.info("Trading for " + pair + " stopped due to " + PythonFormat.fixed(profit, 2) + " < " + requiredProfit
                + " within " + lookbackPeriod + " minutes.");
        String reason = profitText + " < " + requiredProfit + " in " + lookbackPeriodStr() + ", locking "
                + unlockReasonTimeElement() + ".";
        return Optional.of(new ProtectionReturn(calculateLockEnd(trades), reason, onlyPerSide ? side : PairLocks.ALL));
    }
}
