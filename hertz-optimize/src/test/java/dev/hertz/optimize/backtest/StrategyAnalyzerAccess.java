package dev.hertz.optimize.backtest;

import dev.hertz.core.data.Candles;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyAnalyzer;

import java.time.Clock;

/** Analyses one pair's candles as the backtest does (failures are a test error here). */
final class StrategyAnalyzerAccess {
    private StrategyAnalyzerAccess() {
    }

    static Frame analyse(Strategy strategy, String pair, Candles candles) {
        return new StrategyAnalyzer(strategy, Clock.systemUTC()).analyze(pair, candles)
                .orElseThrow(() -> new AssertionError("analysis of " + pair + " failed"));
    }
}
