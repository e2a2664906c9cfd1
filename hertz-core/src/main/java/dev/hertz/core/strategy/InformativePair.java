package dev.hertz.core.strategy;

import java.util.Optional;

/**
 * An extra pair/timeframe whose candles the bot keeps up to date for a strategy: one entry of
 * freqtrade's {@code informative_pairs()} list, {@code (pair, timeframe)} or
 * {@code (pair, timeframe, candle_type)}. Informative pairs are not traded unless they are in the
 * whitelist as well.
 *
 * @param pair       e.g. {@code ETH/USDT}
 * @param timeframe  e.g. {@code 1h}
 * @param candleType {@code spot}, {@code futures}, {@code mark}, ...; empty = the bot's default type
 */
public record InformativePair(String pair, String timeframe, Optional<String> candleType) {

    /** A pair in the bot's default candle type. */
    public InformativePair(String pair, String timeframe) {
        this(pair, timeframe, Optional.empty());
    }
}
