package dev.hertz.optimize.backtest;

import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Metadata;
import dev.hertz.core.strategy.SignalDirection;
import dev.hertz.core.strategy.Strategy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The strategy of freqtrade's {@code test_backtest_detail}: no indicators (the test feeds the
 * signals directly), the case's settings as attributes and its fixed callback answers.
 */
public final class ScenarioStrategy extends Strategy {
    private final Scenario.Settings settings;

    public ScenarioStrategy(Scenario.Settings settings) {
        this.settings = settings;
        timeframe = "1h";
        stoploss = settings.stoploss();
        Map<Integer, Double> roi = new LinkedHashMap<>();
        settings.roi().forEach((k, v) -> roi.put(Integer.parseInt(k), v));
        minimalRoi = roi;
        useExitSignal = settings.exitSignal();
        trailingStop = settings.trailing();
        trailingOnlyOffsetIsReached = settings.onlyOffset();
        trailingStopPositive = settings.trailingPositive();
        trailingStopPositiveOffset = settings.trailingOffset();
        useCustomStoploss = settings.customStoploss();
        canShort = true;
    }

    @Override
    public Frame populateIndicators(Frame df, Metadata metadata) {
        return df;
    }

    @Override
    public Frame populateEntryTrend(Frame df, Metadata metadata) {
        return df;
    }

    @Override
    public Frame populateExitTrend(Frame df, Metadata metadata) {
        return df;
    }

    @Override
    public double customStoploss(String pair, Trade trade, Instant currentTime, double currentRate,
                                 double currentProfit) {
        return settings.stoploss();
    }

    @Override
    public double customEntryPrice(String pair, Trade trade, Instant currentTime, double proposedRate,
                                   String entryTag, SignalDirection side) {
        return settings.customEntry() != null ? settings.customEntry() : proposedRate;
    }

    @Override
    public double customExitPrice(String pair, Trade trade, Instant currentTime, double proposedRate,
                                  double currentProfit, String exitTag) {
        return settings.customExit() != null ? settings.customExit() : proposedRate;
    }

    @Override
    public Double adjustEntryPrice(Trade trade, Order order, String pair, Instant currentTime, double proposedRate,
                                   double currentOrderRate, String entryTag, SignalDirection side) {
        // the test strategy answers None unless the case gives a price
        return settings.adjustEntry();
    }

    @Override
    public double leverage(String pair, Instant currentTime, double currentRate, double proposedLeverage,
                           double maxLeverage, String entryTag, SignalDirection side) {
        return settings.leverage();
    }
}
