/**
 * Technical indicators for strategies: TA-Lib through {@link dev.hertz.core.strategy.ta.Ta} and
 * freqtrade's qtpylib helpers through {@link dev.hertz.core.strategy.ta.Qtpylib}. All results are
 * {@code double[]} aligned row for row with their input, NaN where not yet defined.
 */
package dev.hertz.core.strategy.ta;
