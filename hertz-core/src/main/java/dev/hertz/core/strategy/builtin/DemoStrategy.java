package dev.hertz.core.strategy.builtin;

import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.IntParameter;
import dev.hertz.core.strategy.Metadata;
import dev.hertz.core.strategy.Strategy;

import java.util.Map;

import static dev.hertz.core.strategy.Conditions.above;
import static dev.hertz.core.strategy.Conditions.below;
import static dev.hertz.core.strategy.Conditions.crossedAbove;
import static dev.hertz.core.strategy.Conditions.crossedBelow;

/**
 * A deliberately busy strategy for trying Hertz out on the simulated exchange: 1-minute candles,
 * entries on a fast EMA crossing above a slow one or on RSI recovering from a dip, and a small
 * ROI table so that trades close within minutes. It is a demonstration, not a money maker.
 */
public class DemoStrategy extends Strategy {

    final IntParameter buyRsi = new IntParameter(20, 45, 35);
    final IntParameter sellRsi = new IntParameter(55, 80, 65);

    public DemoStrategy() {
        timeframe = "1m";
        minimalRoi = Map.of(0, 0.006, 5, 0.003, 15, 0.001, 30, 0.0);
        stoploss = -0.02;
        startupCandleCount = 30;
        processOnlyNewCandles = true;
        useExitSignal = true;
    }

    @Override
    public Map<String, Object> plotConfig() {
        return Map.of(
                "main_plot", Map.of("ema_fast", Map.of("color", "orange"), "ema_slow", Map.of("color", "blue")),
                "subplots", Map.of("RSI", Map.of("rsi", Map.of("color", "red"))));
    }

    @Override
    public Frame populateIndicators(Frame df, Metadata metadata) {
        df.set("ema_fast", ta.ema(df.close(), 5));
        df.set("ema_slow", ta.ema(df.close(), 13));
        df.set("rsi", ta.rsi(df.close(), 7));
        return df;
    }

    @Override
    public Frame populateEntryTrend(Frame df, Metadata metadata) {
        double[] fast = df.col("ema_fast");
        double[] slow = df.col("ema_slow");
        double[] rsi = df.col("rsi");
        df.signal(Frame.ENTER_LONG, crossedAbove(fast, slow).and(above(df.volume(), 0)), "ema_cross");
        df.signal(Frame.ENTER_LONG, crossedAbove(rsi, buyRsi.value()).and(below(fast, slow))
                .and(above(df.volume(), 0)), "rsi_dip");
        return df;
    }

    @Override
    public Frame populateExitTrend(Frame df, Metadata metadata) {
        df.signal(Frame.EXIT_LONG, crossedBelow(df.col("ema_fast"), df.col("ema_slow")), "ema_cross_down");
        df.signal(Frame.EXIT_LONG, crossedBelow(df.col("rsi"), sellRsi.value()), "rsi_fading");
        return df;
    }
}
