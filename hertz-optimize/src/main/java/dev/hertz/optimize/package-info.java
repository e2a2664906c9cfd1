/**
 * Backtesting (and later hyperopt): freqtrade's candle simulation over stored history, using the
 * engine's own exit rules, trade maths and wallet, and freqtrade's result files and reports.
 */
package dev.hertz.optimize;
