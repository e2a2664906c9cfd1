package dev.hertz.core.config;

/**
 * {@code max_open_trades}: how many trades may be open at once. {@code -1} (any negative value)
 * means unlimited; it stays {@code -1} in the config tree, where freqtrade would store infinity.
 */
public record MaxOpenTrades(int value) {

    /** The unlimited setting. */
    public static final MaxOpenTrades UNLIMITED = new MaxOpenTrades(-1);

    /** Whether any number of trades may be open. */
    public boolean isUnlimited() {
        return value < 0;
    }
}
