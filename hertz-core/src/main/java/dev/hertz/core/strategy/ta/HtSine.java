package dev.hertz.core.strategy.ta;

/**
 * TA-Lib {@code HT_SINE} (Hilbert transform sine wave) output, each array aligned with the input
 * (NaN during the lookback): freqtrade's {@code hilbert["sine"]} and {@code hilbert["leadsine"]}.
 *
 * @param sine     sine of the dominant cycle phase
 * @param leadSine sine of the phase advanced by 45 degrees
 */
public record HtSine(double[] sine, double[] leadSine) {
}
