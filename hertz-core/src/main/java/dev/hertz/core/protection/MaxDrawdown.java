package dev.hertz.core.protection;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.pairlist.ParamNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Pauses all pairs when, over the closed trades of the lookback period (at least
 * {@code trade_limit}, default 1), the maximum drawdown of the cumulative {@code close_profit}
 * (ordered by close date, the peak starting at the first trade) exceeds
 * {@code max_allowed_drawdown} (default 0). No losing stretch means no drawdown.
 */
public final class MaxDrawdown extends Protection {

    private final ParamNumber tradeLimit;
    private final ParamNumber maxAllowedDrawdown;

    MaxDrawdown(Setup setup) {
        super(setup);
        tradeLimit = params.number("trade_limit", ParamNumber.of(1));
        maxAllowedDrawdown = params.number("max_allowed_drawdown", ParamNumber.of(0.0));
    }

    @Override
    public boolean hasGlobalStop() {
        return true;
    }

    @Override
    public boolean hasLocalStop() {
        return false;
    }

    @Override
    public String shortDesc() {
        return name() + " - Max drawdown protection, stop trading if drawdown is > " + maxAllowedDrawdown
                + " within " + lookbackPeriodStr() + ".";
    }

    @Override
    public Optional<ProtectionReturn> globalStop(Instant now, String side) {
        List<ClosedTrade> trades = recentTrades(null, now);
        if (trades.size() < tradeLimit.value() || trades.isEmpty()) {
            return Optional.empty();
        }
        List<ClosedTrade> byClose = new ArrayList<>(trades);
        byClose.sort(Comparator.comparing(ClosedTrade::closeDate));
        double[] profits = byClose.stream().mapToDouble(t -> t.closeProfit() == null ? 0.0 : t.closeProfit()).toArray();
        double drawdown = absoluteMaxDrawdown(profits);
        if (!(drawdown > maxAllowedDrawdown.value())) {
            return Optional.empty();
        }
        log.info("Trading stopped due to Max Drawdown " + PythonFormat.fixed(drawdown, 2) + " > " + maxAllowedDrawdown
                + " within " + lookbackPeriodStr() + ".");
        String reason = PythonFormat.floatRepr(drawdown) + " passed " + maxAllowedDrawdown + " in "
                + lookbackPeriodStr() + ", locking " + unlockReasonTimeElement() + ".";
        return Optional.of(new ProtectionReturn(calculateLockEnd(trades), reason, PairLocks.ALL));
    }

    /**
     * The deepest fall of the running sum below its running peak (the peak starting at the first
     * value); NaN when the deepest point is the first trade, which freqtrade reports as "no losing
     * trade" and never locks for.
     */
    static double absoluteMaxDrawdown(double[] profits) {
        double cumulative = 0;
        double high = Double.NEGATIVE_INFINITY;
        double deepest = 0;
        int deepestIndex = 0;
        for (int i = 0; i < profits.length; i++) {
            cumulative += profits[i];
            high = Math.max(high, cumulative);
            double drawdown = cumulative - high;
            if (drawdown < deepest) {
                deepest = drawdown;
                deepestIndex = i;
            }
        }
        return deepestIndex == 0 ? Double.NaN : Math.abs(deepest);
    }
}
