package dev.hertz.core.data.history;

import dev.hertz.core.config.TradingMode;

import java.util.Arrays;

/**
 * freqtrade's {@code CandleType}: which price series a candle file holds. Every type but
 * {@link #SPOT} lives under {@code <datadir>/futures/} with {@code -<value>} after the timeframe.
 */
public enum CandleType {
    SPOT("spot"),
    FUTURES("futures"),
    MARK("mark"),
    INDEX("index"),
    PREMIUM_INDEX("premiumIndex"),
    FUNDING_RATE("funding_rate");

    private final String value;

    CandleType(String value) {
        this.value = value;
    }

    /** freqtrade's spelling, as in file names and on the wire, e.g. {@code premiumIndex}. */
    public String value() {
        return value;
    }

    /**
     * The type spelled {@code value}; empty or null means spot, as in freqtrade. Case is ignored
     * because freqtrade itself writes {@code premiumindex} in some file names.
     *
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static CandleType fromValue(String value) {
        if (value == null || value.isEmpty()) {
            return SPOT;
        }
        for (CandleType type : values()) {
            if (type.value.equalsIgnoreCase(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown candle type \"" + value + "\", expected one of "
                + Arrays.stream(values()).map(CandleType::value).toList());
    }

    /** The type a bot trades in that mode: futures candles in futures mode, spot otherwise. */
    public static CandleType defaultFor(TradingMode mode) {
        return mode == TradingMode.FUTURES ? FUTURES : SPOT;
    }

    @Override
    public String toString() {
        return value;
    }
}
