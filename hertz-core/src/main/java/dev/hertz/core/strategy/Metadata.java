package dev.hertz.core.strategy;

/**
 * What a {@code populate_*} method is told about the frame it gets: freqtrade's {@code metadata}
 * dict ({@code metadata["pair"]}).
 *
 * @param pair      the pair the candles belong to, e.g. {@code BTC/USDT}
 * @param timeframe the candle timeframe, e.g. {@code 5m}
 */
public record Metadata(String pair, String timeframe) {
}
