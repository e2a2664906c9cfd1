package dev.hertz.core.bot;

import dev.hertz.core.persistence.Trade;

import java.time.Instant;

/**
 * The strategy callbacks the exit rules consult; the strategy base class provides them, and the
 * backtester passes the same strategy, so both paths decide alike.
 */
public interface ExitCallbacks {
    /**
     * freqtrade's {@code custom_stoploss}: the new stop distance as a ratio below (long) or above
     * (short) {@code currentRate}; {@code NaN} (or 0) keeps the current stop.
     */
    double customStoploss(String pair, Trade trade, Instant currentTime, double currentRate, double currentProfit,
                          boolean afterFill);

    /** freqtrade's {@code custom_exit}: an exit reason to exit now, or {@code null} to stay in. */
    String customExit(String pair, Trade trade, Instant currentTime, double currentRate, double currentProfit);

    /** No custom stoploss and no custom exit: what a strategy without those callbacks does. */
    ExitCallbacks NONE = new ExitCallbacks() {
        @Override
        public double customStoploss(String pair, Trade trade, Instant currentTime, double currentRate,
                                     double currentProfit, boolean afterFill) {
            return Double.NaN;
        }

        @Override
        public String customExit(String pair, Trade trade, Instant currentTime, double currentRate,
                                 double currentProfit) {
            return null;
        }
    };
}
