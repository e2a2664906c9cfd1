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

    /**
     * freqtrade's {@code check_for_open_trades}: a {@code warning} message when the bot stops (not
     * when it reloads) with trades still open.
     */
    void checkForOpenTrades();

    /**
     * Releases what the instance holds (cancel open orders if configured, close the database);
     * called when a reload replaces the instance.
     */
    @Override
    void close();

    /** {@link #close()} as the process ends: also warns about trades left open ({@link #checkForOpenTrades()}). */
    void closeOnExit();
}
