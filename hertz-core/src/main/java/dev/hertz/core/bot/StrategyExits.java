package dev.hertz.core.bot;

import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.Strategy;

import java.time.Instant;

/** Connects a loaded strategy to the {@link ExitRules}: its merged exit settings and its callbacks. */
public final class StrategyExits implements ExitCallbacks {
    private final Strategy strategy;

    private StrategyExits(Strategy strategy) {
        this.strategy = strategy;
    }

    /** Exit rules for {@code strategy} under {@code config} (dry-run decides who checks the stop). */
    public static ExitRules rules(Strategy strategy, HertzConfig config) {
        return rules(strategy, settings(strategy, config));
    }

    /** Exit rules with the strategy's callbacks and the given settings (hyperopt tries other ROI tables and stops). */
    public static ExitRules rules(Strategy strategy, ExitSettings settings) {
        return new ExitRules(settings, new StrategyExits(strategy));
    }

    /** The strategy's exit settings after its merge with {@code config}. */
    public static ExitSettings settings(Strategy strategy, HertzConfig config) {
        boolean stopOnExchange = config.orderTypes().map(t -> t.stoplossOnExchange()).orElse(false);
        return new ExitSettings(RoiTable.of(strategy.minimalRoi()), strategy.stoploss(),
                strategy.trailingStop(), strategy.trailingStopPositive().orElse(Double.NaN),
                strategy.trailingStopPositiveOffset(), strategy.trailingOnlyOffsetIsReached(),
                strategy.useCustomStoploss(), strategy.useExitSignal(), strategy.exitProfitOnly(),
                strategy.exitProfitOffset(), strategy.ignoreRoiIfEntrySignal(), !stopOnExchange || config.dryRun());
    }

    @Override
    public double customStoploss(String pair, Trade trade, Instant currentTime, double currentRate,
                                 double currentProfit, boolean afterFill) {
        return Safely.call("custom_stoploss", Double.NaN,
                () -> strategy.customStoploss(pair, trade, currentTime, currentRate, currentProfit, afterFill));
    }

    @Override
    public String customExit(String pair, Trade trade, Instant currentTime, double currentRate, double currentProfit) {
        return Safely.call("custom_exit", null,
                () -> strategy.customExit(pair, trade, currentTime, currentRate, currentProfit));
    }
}
