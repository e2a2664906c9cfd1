package dev.hertz.core.strategy.ta;

/**
 * Bollinger bands, each array aligned with the input (NaN where undefined); freqtrade names
 * them {@code bb_upperband}, {@code bb_middleband}, {@code bb_lowerband}.
 *
 * @param upper  middle plus a multiple of the standard deviation
 * @param middle the moving average (qtpylib calls it {@code mid})
 * @param lower  middle minus a multiple of the standard deviation
 */
public record Bands(double[] upper, double[] middle, double[] lower) {
}
