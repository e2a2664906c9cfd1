/**
 * Strategies that ship with Hertz: {@link dev.hertz.core.strategy.builtin.SampleStrategy}
 * (freqtrade's sample strategy) and {@link dev.hertz.core.strategy.builtin.DemoStrategy} (a busy
 * 1-minute strategy for the simulated exchange). A strategy of the same name in
 * {@code user_data/strategies} takes precedence.
 */
package dev.hertz.core.strategy.builtin;
