package dev.hertz.core.config;

/** {@code trading_mode}: {@code spot}, {@code margin} or {@code futures}. */
public enum TradingMode {
    SPOT("spot"),
    MARGIN("margin"),
    FUTURES("futures");

    private final String value;

    TradingMode(String value) {
        this.value = value;
    }

    /** The config spelling. */
    public String value() {
        return value;
    }

    /** The mode spelled {@code value}; empty means spot, as in freqtrade. */
    public static TradingMode fromValue(String value) {
        if (value.isEmpty()) {
            return SPOT;
        }
        for (TradingMode mode : values()) {
            if (mode.value.equals(value)) {
                return mode;
            }
        }
        throw new ConfigException("trading_mode: \"" + value + "\" is not one of [\"spot\",\"margin\",\"futures\"]");
    }
}
