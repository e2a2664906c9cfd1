/**
 * The strategy API: what a trading strategy is written against and how the bot runs it.
 *
 * <ul>
 *   <li>{@link dev.hertz.core.strategy.Strategy} is the base class strategies extend (freqtrade's
 *       {@code IStrategy}); its optional callbacks are in
 *       {@link dev.hertz.core.strategy.StrategyCallbacks}.</li>
 *   <li>Strategies work on the columnar {@link dev.hertz.core.strategy.Frame} of candles,
 *       indicator columns and signals, with boolean {@link dev.hertz.core.strategy.Mask}s built by
 *       {@link dev.hertz.core.strategy.Conditions} and pandas-style column arithmetic in
 *       {@link dev.hertz.core.strategy.Series}. Indicators live in {@code dev.hertz.core.strategy.ta}.</li>
 *   <li>Hyperoptable values are {@link dev.hertz.core.strategy.HyperParameter} fields
 *       ({@link dev.hertz.core.strategy.IntParameter}, {@link dev.hertz.core.strategy.DecimalParameter}, ...).</li>
 *   <li>{@link dev.hertz.core.strategy.StrategyResolver} finds a strategy (built in, in a jar, or a
 *       {@code .java} file compiled on the spot) and merges it with the configuration;
 *       {@link dev.hertz.core.strategy.StrategyAnalyzer} runs it per pair and reads the latest signals.</li>
 * </ul>
 */
package dev.hertz.core.strategy;
