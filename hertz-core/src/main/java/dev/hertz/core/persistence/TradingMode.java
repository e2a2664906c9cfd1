package dev.hertz.core.persistence;

import java.util.Locale;

/**
 * freqtrade's {@code TradingMode}. The database holds the member name ({@code SPOT}, {@code MARGIN},
 * {@code FUTURES}); the config uses the lower-case value ({@code "spot"}, ...).
 */
public enum TradingMode {
    SPOT, MARGIN, FUTURES;

    /** The config value, e.g. {@code "futures"}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a stored member name (or a config value).
     *
     * @throws PersistenceException for anything else
     */
    public static TradingMode parse(String text) {
        for (TradingMode mode : values()) {
            if (mode.name().equals(text) || mode.value().equals(text)) {
                return mode;
            }
        }
        throw new PersistenceException("Unknown trading_mode '" + text + "'; allowed: SPOT, MARGIN, FUTURES");
    }
}
