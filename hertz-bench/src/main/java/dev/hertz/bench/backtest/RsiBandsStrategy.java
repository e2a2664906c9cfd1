package dev.hertz.bench.backtest;

import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Metadata;
import dev.hertz.core.strategy.Series;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.ta.Qtpylib;

import java.util.Map;

import static dev.hertz.core.strategy.Conditions.above;
import static dev.hertz.core.strategy.Conditions.atMost;
import static dev.hertz.core.strategy.Conditions.crossedAbove;
import static dev.hertz.core.strategy.Conditions.falling;
import static dev.hertz.core.strategy.Conditions.rising;

/**
 * SampleStrategy's entry and exit signals without what ta4j's backtest engine cannot express:
 * enter long when RSI(14) crosses above 30 while TEMA(9) is at or below the middle Bollinger band
 * (20-candle mean of the typical price) and rising; exit when RSI crosses above 70 while TEMA is
 * above the middle band and falling. Exits come from the signal alone: no ROI table and a stoploss
 * too far away to be reached ({@value #STOPLOSS}), because freqtrade fills ROI and stoploss exits
 * inside a candle at the threshold price, while ta4j trades only at a candle's open or close.
 * The ta4j peer ({@link Ta4jBacktest}) and the hand-written floor ({@link FloorBacktest}) implement
 * these same rules from the constants below.
 */
public final class RsiBandsStrategy extends Strategy {
    public static final int RSI_PERIOD = 14;
    public static final double BUY_RSI = 30;
    public static final double SELL_RSI = 70;
    public static final int TEMA_PERIOD = 9;
    public static final int BANDS_WINDOW = 20;
    public static final int STARTUP_CANDLES = 200;
    public static final double STOPLOSS = -0.99;

    public RsiBandsStrategy() {
        canShort = false;
        minimalRoi = Map.of();
        stoploss = STOPLOSS;
        trailingStop = false;
        timeframe = BacktestData.TIMEFRAME;
        processOnlyNewCandles = true;
        useExitSignal = true;
        exitProfitOnly = false;
        ignoreRoiIfEntrySignal = false;
        startupCandleCount = STARTUP_CANDLES;
        orderTypes = Map.of("entry", "limit", "exit", "limit", "stoploss", "market", "stoploss_on_exchange", false);
        orderTimeInForce = Map.of("entry", "GTC", "exit", "GTC");
    }

    @Override
    public Frame populateIndicators(Frame df, Metadata metadata) {
        df.set("rsi", ta.rsi(df.close(), RSI_PERIOD));
        df.set("tema", ta.tema(df.close(), TEMA_PERIOD));
        // qtpylib's middle band (rolling mean, min_periods 1) alone: the signals use nothing else of the bands
        df.set("bb_middleband", Series.rollingMean(Qtpylib.typicalPrice(df), BANDS_WINDOW, 1));
        return df;
    }

    @Override
    public Frame populateEntryTrend(Frame df, Metadata metadata) {
        double[] tema = df.col("tema");
        df.signal(Frame.ENTER_LONG, crossedAbove(df.col("rsi"), BUY_RSI)
                .and(atMost(tema, df.col("bb_middleband")))
                .and(rising(tema))
                .and(above(df.volume(), 0)));
        return df;
    }

    @Override
    public Frame populateExitTrend(Frame df, Metadata metadata) {
        double[] tema = df.col("tema");
        df.signal(Frame.EXIT_LONG, crossedAbove(df.col("rsi"), SELL_RSI)
                .and(above(tema, df.col("bb_middleband")))
                .and(falling(tema))
                .and(above(df.volume(), 0)));
        return df;
    }
}
