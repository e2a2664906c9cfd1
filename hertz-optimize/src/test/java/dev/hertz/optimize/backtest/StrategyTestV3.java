package dev.hertz.optimize.backtest;

import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Mask;
import dev.hertz.core.strategy.Metadata;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.ta.Bands;
import dev.hertz.core.strategy.ta.Macd;
import dev.hertz.core.strategy.ta.Qtpylib;
import dev.hertz.core.strategy.ta.Stochastic;

import java.util.Map;

import static dev.hertz.core.strategy.Conditions.above;
import static dev.hertz.core.strategy.Conditions.below;
import static dev.hertz.core.strategy.Conditions.crossedAbove;
import static dev.hertz.core.strategy.Conditions.crossedBelow;

/**
 * freqtrade's test strategy {@code StrategyTestV3} (reference §11.2) written with Hertz's strategy
 * API, with the parameter values in effect in {@code test_backtest_one}.
 */
public final class StrategyTestV3 extends Strategy {
    private static final double BUY_RSI = 35;
    private static final double BUY_PLUSDI = 0.5;
    private static final double SELL_RSI = 74;
    private static final double SELL_MINUSDI = 0.5;

    public StrategyTestV3() {
        minimalRoi = Map.of(40, 0.0, 30, 0.01, 20, 0.02, 0, 0.04);
        stoploss = -0.10;
        timeframe = "5m";
        startupCandleCount = 20;
        orderTypes = Map.of("entry", "limit", "exit", "limit", "stoploss", "limit", "stoploss_on_exchange", false);
        canShort = false;
    }

    @Override
    public Frame populateIndicators(Frame df, Metadata metadata) {
        df.set("adx", ta.adx(df.high(), df.low(), df.close(), 14));
        Macd macd = ta.macd(df.close(), 12, 26, 9);
        df.set("macd", macd.macd());
        df.set("macdsignal", macd.signal());
        df.set("macdhist", macd.hist());
        df.set("minus_di", ta.minusDi(df.high(), df.low(), df.close(), 14));
        df.set("plus_di", ta.plusDi(df.high(), df.low(), df.close(), 14));
        df.set("rsi", ta.rsi(df.close(), 14));
        Stochastic fast = ta.stochf(df.high(), df.low(), df.close(), 5, 3);
        df.set("fastd", fast.d());
        df.set("fastk", fast.k());
        Bands bands = Qtpylib.bollingerBands(Qtpylib.typicalPrice(df), 20, 2);
        df.set("bb_lowerband", bands.lower());
        df.set("bb_middleband", bands.middle());
        df.set("bb_upperband", bands.upper());
        df.set("ema10", ta.ema(df.close(), 10));
        return df;
    }

    @Override
    public Frame populateEntryTrend(Frame df, Metadata metadata) {
        double[] rsi = df.col("rsi");
        Mask dip = below(rsi, BUY_RSI).and(below(df.col("fastd"), 35)).and(above(df.col("adx"), 30))
                .and(above(df.col("plus_di"), BUY_PLUSDI));
        Mask trend = above(df.col("adx"), 65).and(above(df.col("plus_di"), BUY_PLUSDI));
        df.signal(Frame.ENTER_LONG, dip.or(trend));
        df.signal(Frame.ENTER_SHORT, crossedBelow(rsi, SELL_RSI), "short_Tag");
        return df;
    }

    @Override
    public Frame populateExitTrend(Frame df, Metadata metadata) {
        double[] rsi = df.col("rsi");
        Mask crossed = crossedAbove(rsi, SELL_RSI).or(crossedAbove(df.col("fastd"), 70));
        Mask exit = crossed.and(above(df.col("adx"), 10)).and(above(df.col("minus_di"), 0))
                .or(above(df.col("adx"), 70).and(above(df.col("minus_di"), SELL_MINUSDI)));
        df.signal(Frame.EXIT_LONG, exit);
        df.signal(Frame.EXIT_SHORT, crossedAbove(rsi, BUY_RSI), "short_Tag");
        return df;
    }
}
