package dev.hertz.core.bot;

import dev.hertz.core.data.Timeframe;

/** One bot instance as the {@link Worker} drives it; a reload replaces the instance. */
public interface TradingLoop extends AutoCloseable {
    /** Runs on every entry into RUNNING (freqtrade's {@code startup()}). */
    void startup();

    /** One iteration while RUNNING or PAUSED; {@code allowEntries} is false when PAUSED. */
    void process(boolean allowEntries);

    /** One iteration while STOPPED. */
    void processStopped();

    /** The strategy timeframe: iterations are aligned to its candle boundaries. */
    Timeframe timeframe();

    /** Open trades, for the warning when the bot stops with positions still open. */
    int openTradeCount();

    /** Releases what the instance holds (cancel open orders if configured, close the database). */
    @Override
    void close();
}
