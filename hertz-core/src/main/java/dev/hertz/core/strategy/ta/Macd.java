package dev.hertz.core.strategy.ta;

/**
 * TA-Lib {@code MACD} output, each array aligned with the input (NaN during the lookback):
 * freqtrade's {@code macd["macd"]}, {@code macd["macdsignal"]} and {@code macd["macdhist"]}.
 *
 * @param macd   fast EMA minus slow EMA
 * @param signal EMA of {@code macd}
 * @param hist   {@code macd - signal}
 */
public record Macd(double[] macd, double[] signal, double[] hist) {
}
