package dev.hertz.core.strategy.ta;

/**
 * Output of the stochastic oscillators, each array aligned with the input (NaN during the
 * lookback). For {@code STOCH} these are freqtrade's {@code slowk}/{@code slowd}; for
 * {@code STOCHF} and {@code STOCHRSI} they are {@code fastk}/{@code fastd}.
 *
 * @param k the %K line
 * @param d the %D line, a moving average of %K
 */
public record Stochastic(double[] k, double[] d) {
}
