/**
 * What a strategy is written against: the columnar {@link dev.hertz.core.strategy.Frame} of
 * candles, indicator columns and signals, the boolean {@link dev.hertz.core.strategy.Mask} with
 * its vectorised {@link dev.hertz.core.strategy.Conditions}, and pandas-style column arithmetic in
 * {@link dev.hertz.core.strategy.Series}. Indicators live in {@code dev.hertz.core.strategy.ta}.
 */
package dev.hertz.core.strategy;
